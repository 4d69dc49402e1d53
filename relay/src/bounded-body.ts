/**
 * Reads a request body as text, never holding more than `maxBytes`: a stated Content-Length over the
 * cap is refused before reading, and a stream that runs past it is cancelled, not buffered.
 */

export type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: true };

export async function readBoundedText(body: ReadableStream<Uint8Array> | null, declaredLength: string | null, maxBytes: number): Promise<BodyRead> {
  if (declaredLength !== null && Number(declaredLength) > maxBytes) {
    await body?.cancel().catch(() => undefined);
    return { ok: false, tooLarge: true };
  }
  if (!body) return { ok: true, text: '' };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(joined) };
}
