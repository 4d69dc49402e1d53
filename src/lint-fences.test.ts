/** The layer fences in eslint.config.js hold: each forbidden import fails `npm run lint`, allowed ones pass. */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The rule messages ESLint gives for `code` as if it were the file at `path`. */
async function importProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer fences', () => {
  it.each([
    ['src/shared/new-module.ts', "import { createHandlers } from '../background/handlers';\nexport const x = createHandlers;", 'bottom layer'],
    ['src/shared/new-module.ts', "import { attachPanel } from '../content/panel/attach';\nexport const x = attachPanel;", 'bottom layer'],
    ['src/content/panel/new-module.ts', "import { createHandlers } from '../../background/handlers';\nexport const x = createHandlers;", 'never imports the background'],
    ['src/content/new-module.ts', "import { useDraft } from '../settings/stores';\nexport const x = useDraft;", 'never imports the background or the settings'],
    ['src/content/clevertap/new-module.ts', "import { startSync } from '../panel/sync';\nexport const x = startSync;", 'never import the panel'],
    ['src/content/dom/new-module.ts', "import { askBackground } from '../../shared/ask-background';\nexport const x = askBackground;", 'messaging helper'],
    ['src/content/panel/new-module.ts', "import { readRows } from '../clevertap/rows';\nexport const x = readRows;", 'only through src/content/dashboard.ts'],
    ['src/settings/new-module.ts', "import { createIndexedDbSecretStore } from '../background/secret-store';\nexport const x = createIndexedDbSecretStore;", 'Only the background holds the API token'],
    ['src/content/panel/new-module.ts', "import { createIndexedDbSecretStore } from '../../background/secret-store';\nexport const x = createIndexedDbSecretStore;", 'never imports the background'],
  ])('%s may not: %s', async (path, code, message) => {
    const problems = await importProblems(path, code);
    expect(problems.join('\n')).toContain(message);
  });

  it.each([
    ['src/background/new-module.ts', "import { createIndexedDbSecretStore } from './secret-store';\nexport const x = createIndexedDbSecretStore;"],
    ['src/content/panel/new-module.ts', "import type { Dashboard } from '../dashboard';\nexport type X = Dashboard;"],
    ['src/content/bootstrap-like.ts', "import { clevertap } from './clevertap';\nexport const x = clevertap;"],
    ['src/content/clevertap/new-module.ts', "import { waitFor } from '../dom/wait';\nexport const x = waitFor;"],
    ['src/settings/new-module.ts', "import { STORAGE } from '../shared/storage-keys';\nexport const x = STORAGE;"],
  ])('%s may import what its layer allows', async (path, code) => {
    expect(await importProblems(path, code)).toEqual([]);
  });
}, 60_000);
