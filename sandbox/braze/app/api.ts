/** The stand-in page's calls to its own server (backend.ts); never the extension's business. */
import type { Place, PlaceKind, TestSendAnswer, TestSendRequest, TestUserSummary } from '../model';
import { newRow } from '../model';

/** Rows get this page's own ids (the server's counter is another one). */
function withPageIds(place: Place): Place {
  const fresh = (rows: Array<{ key: string; value: string }>) => rows.map((r) => newRow(r.key, r.value));
  return { ...place, slots: place.slots.map((s) => ({ ...s, composer: { ...s.composer, headers: fresh(s.composer.headers), pairs: fresh(s.composer.pairs) } })) };
}

export async function loadPlace(kind: PlaceKind, id: string): Promise<Place> {
  return withPageIds((await (await fetch(`/api/places/${kind}/${id}`)).json()) as Place);
}

export async function savePlace(place: Place): Promise<void> {
  await fetch(`/api/places/${place.kind}/${place.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(place) });
}

export async function testUsers(): Promise<TestUserSummary[]> {
  return (await (await fetch('/api/test-users')).json()) as TestUserSummary[];
}

export async function sendTest(asked: TestSendRequest): Promise<TestSendAnswer> {
  return (await (await fetch('/api/test-send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(asked) })).json()) as TestSendAnswer;
}
