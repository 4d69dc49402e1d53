/**
 * Who may call: the `Api-token` header must hold one of the relay's secrets. Both sides are hashed
 * first so that every comparison runs over 32 bytes whatever the lengths, and every configured
 * secret is compared (no early exit), so the time taken says nothing about how close a guess was.
 * Web Crypto only: node:crypto's timingSafeEqual is not in Workers without a compatibility flag.
 */

const encoder = new TextEncoder();

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export interface CallerCheck {
  /** Digests of the configured secrets, computed once. */
  digests: Promise<Uint8Array[]>;
}

export function callerCheck(secrets: readonly string[]): CallerCheck {
  return { digests: Promise.all(secrets.map(sha256)) };
}

/** The digest of the matching secret (it identifies the caller in the repeat window), or null. */
export async function identifyCaller(check: CallerCheck, presented: string | undefined): Promise<Uint8Array | null> {
  const digest = await sha256(presented ?? '');
  let match: Uint8Array | null = null;
  for (const known of await check.digests) {
    if (sameBytes(known, digest) && presented) match = known;
  }
  return match;
}
