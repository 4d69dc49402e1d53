/** Path of a Chromium for the browser tests, or null. */
export function findChromium(): string | null;
