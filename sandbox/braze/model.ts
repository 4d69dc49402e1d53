/**
 * What a Braze webhook composer holds, as the stand-in's page and server exchange it. Shared by
 * the single-page app (sandbox/braze/app) and the server (backend.ts); no DOM, no Node.
 */
export interface Row {
  id: number;
  key: string;
  value: string;
}

export type BodyMode = 'pairs' | 'raw';

export interface ComposerState {
  url: string;
  method: 'POST' | 'PUT' | 'GET' | 'DELETE';
  headers: Row[];
  bodyMode: BodyMode;
  pairs: Row[];
  raw: string;
}

/** The three places a webhook is composed (the host contract). */
export type PlaceKind = 'campaign' | 'canvas' | 'template';

/** One composer's home on a page: a campaign's variant, a Canvas Message step, or a template. */
export interface ComposerSlot {
  id: string;
  /** What the page calls it: "Variant 1", "Order shipped (Message step)", the template's name. */
  label: string;
  /** A Canvas Message step whose channel is not Webhook has no composer. */
  channel: 'webhook' | 'email';
  composer: ComposerState;
}

export interface Place {
  kind: PlaceKind;
  id: string;
  name: string;
  slots: ComposerSlot[];
}

/** A test user as the Test tab lists them (Braze shows its users by external id). */
export interface TestUserSummary {
  userId: string;
  name: string;
}

/** What Send Test asks the server: this composer's contents, as this user (none: a random one). */
export interface TestSendRequest {
  composer: ComposerState;
  userId: string | null;
}

export interface TestSendAnswer {
  /** Who Braze rendered the body for. */
  userId: string;
  /** What was posted, exactly. */
  sent: { url: string; method: string; headers: Record<string, string>; body: string };
  /** The endpoint's answer; status 0 when it could not be reached (then `error` says why). */
  status: number;
  responseBody: string;
  error?: string;
}

let nextRowId = 1;
export const newRow = (key = '', value = ''): Row => ({ id: nextRowId++, key, value });
