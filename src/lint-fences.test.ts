/** The layer fences in eslint.config.js hold: each forbidden import fails `npm run lint`, allowed ones pass. */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { DASHBOARDS } from './dashboards/table';
// @ts-expect-error: the flat config is plain JavaScript, without types.
import { layerFences } from '../eslint.config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The rule messages ESLint gives for `code` as if it were the file at `path`. */
async function importProblems(path: string, code: string, linter = eslint): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The same fences for the table's dashboards and one more, to show two dashboards kept apart. */
const withSecond = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [tseslint.configs.base, ...(layerFences([...DASHBOARDS.map((row) => row.id), 'second']) as object[])],
});

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
    ['src/content/panel/new-module.ts', "import { CLEVERTAP } from '../../dashboards/clevertap/row';\nexport const x = CLEVERTAP;", 'only through src/content/dashboard.ts'],
    ['src/content/dom/new-module.ts', "import { readRows } from '../clevertap/rows';\nexport const x = readRows;", 'knows no dashboard'],
    ['src/content/bootstrap-core.ts', "import { classifyRendered } from './clevertap/recognize';\nexport const x = classifyRendered;", 'knows no dashboard'],
    ['src/shared/new-module.ts', "import { DASHBOARDS } from '../dashboards/table';\nexport const x = DASHBOARDS;", 'bottom layer'],
    ['src/dashboards/clevertap/new-module.ts', "import { startSync } from '../../content/panel/sync';\nexport const x = startSync;", 'pure data'],
  ])('%s may not: %s', async (path, code, message) => {
    const problems = await importProblems(path, code);
    expect(problems.join('\n')).toContain(message);
  });

  it.each([
    ['src/background/new-module.ts', "import { createIndexedDbSecretStore } from './secret-store';\nexport const x = createIndexedDbSecretStore;"],
    ['src/content/panel/new-module.ts', "import type { Dashboard } from '../dashboard';\nexport type X = Dashboard;"],
    ['src/content/clevertap/bootstrap-like.ts', "import { clevertap } from './index';\nexport const x = clevertap;"],
    ['src/content/clevertap/new-module.ts', "import { CLEVERTAP } from '../../dashboards/clevertap/row';\nexport const x = CLEVERTAP;"],
    ['src/content/panel/new-module.ts', "import type { Personalization } from '../../dashboards/row';\nexport type X = Personalization;"],
    ['src/content/clevertap/new-module.ts', "import { waitFor } from '../dom/wait';\nexport const x = waitFor;"],
    ['src/settings/new-module.ts', "import { STORAGE } from '../shared/storage-keys';\nexport const x = STORAGE;"],
  ])('%s may import what its layer allows', async (path, code) => {
    expect(await importProblems(path, code)).toEqual([]);
  });

  it.each(DASHBOARDS.map((row) => row.id))('every folder of the table’s %s is fenced: the panel and the DOM helpers never import it, it never imports the panel', async (id) => {
    expect((await importProblems('src/content/panel/new-module.ts', `import { x } from '../${id}/index';\nexport const y = x;`)).join('\n')).toContain('only through src/content/dashboard.ts');
    expect((await importProblems('src/content/dom/new-module.ts', `import { x } from '../${id}/index';\nexport const y = x;`)).join('\n')).toContain('knows no dashboard');
    expect((await importProblems(`src/content/${id}/new-module.ts`, "import { startSync } from '../panel/sync';\nexport const x = startSync;")).join('\n')).toContain('never import the panel');
  });

  it.each(DASHBOARDS.map((row) => row.id))('%s and a second dashboard never import each other’s folders, page or data', async (id) => {
    const crossing = async (path: string, code: string) => (await importProblems(path, code, withSecond)).join('\n');
    expect(await crossing(`src/content/${id}/new-module.ts`, "import { x } from '../second/rows';\nexport const y = x;")).toContain("never import another dashboard's");
    expect(await crossing(`src/dashboards/${id}/new-module.ts`, "import { x } from '../second/row';\nexport const y = x;")).toContain("never import another dashboard's");
    expect(await crossing('src/content/second/new-module.ts', `import { x } from '../${id}/rows';\nexport const y = x;`)).toContain("never import another dashboard's");
    expect(await crossing('src/content/second/new-module.ts', `import { x } from '../../dashboards/${id}/row';\nexport const y = x;`)).toContain("never import another dashboard's");
    expect(await crossing('src/content/second/new-module.ts', "import { x } from '../../dashboards/second/row';\nexport const y = x;")).toBe('');
  });
});
