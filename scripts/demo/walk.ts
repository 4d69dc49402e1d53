/**
 * What `npm run demo` knows of one dashboard: where its marketer starts, what to click there with a
 * display, and the flow it walks itself without one (screenshots, then a check that what the
 * dashboard sent reached Sendbird's stand-in, or the relay's send API). One module per dashboard.
 */
import type { Locator, Page } from 'playwright-core';
import type { Sandbox } from '../../sandbox/server';

/** Writes a screenshot of the page or an element under `name` in the demo's folder (and the store's under `storeName`). */
export type Shot = (target: Page | Locator, name: string, storeName?: string) => Promise<void>;

export interface WalkContext {
  sandbox: Sandbox;
  /** Send through the sandbox's relay (https://relay.sandbox.example) instead of Sendbird's endpoint. */
  viaRelay: boolean;
  shot: Shot;
  step: (text: string) => void;
}

export interface DemoWalk {
  id: 'clevertap' | 'braze';
  name: string;
  /** The page a marketer starts on. */
  startUrl: (viaRelay: boolean) => string;
  /** What to do there, said to a person at a window. */
  hint: string;
  /** The marketer's flow, headless, ending in a check that fails loudly when nothing reached Sendbird. */
  walk: (page: Page, context: WalkContext) => Promise<void>;
}
