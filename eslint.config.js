import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { tsImport } from 'tsx/esm/api';

/** The dashboards' folders come from the table of dashboards, so a new row is fenced like the others. */
const { DASHBOARDS } = await tsImport('./src/dashboards/table.ts', import.meta.url);
const DASHBOARD_IDS = DASHBOARDS.map((row) => row.id);
const foldersOf = (ids) => ids.flatMap((id) => [`**/${id}/**`, `**/${id}`]);

const ABOVE_SHARED = { group: ['**/background/**', '**/content/**', '**/settings/**', '**/popup/**', '**/options/**', '**/dashboards/**'], message: 'src/shared is the bottom layer: it imports nothing above it.' };
const OUTSIDE_CONTENT = { group: ['**/background/**', '**/settings/**'], message: 'The content script runs in the dashboard page: it never imports the background or the settings pages.' };
const PAGE_OR_APP = { group: ['**/background/**', '**/content/**', '**/settings/**', '**/popup/**', '**/options/**'], message: 'src/dashboards is pure data: it imports only src/shared (and its own dashboard).' };
const PANEL_AND_MESSAGING = { group: ['**/panel/**', '**/ask-background'], message: 'Dashboard folders and DOM helpers never import the panel or the messaging helper.' };
const SECRET_STORE = { group: ['**/secret-store', '**/secret-store.ts'], message: 'Only the background holds the API token.' };

/** One no-restricted-imports block per folder; a later block matching the same file replaces the rule, so list narrower folders last with everything they forbid. */
function fences(list) {
  return list.map(({ files, forbid }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: forbid.filter(Boolean) }] } }));
}

/**
 * Fences between the layers (see the README's "What is here"): what each folder may never import,
 * for the dashboards `ids` (the table's, below; src/lint-fences.test.ts also tries a second one).
 * `npm run lint` fails on a crossing; src/lint-fences.test.ts shows that it does.
 */
export function layerFences(ids) {
  const folders = foldersOf(ids);
  const DASHBOARD_FOLDERS = { group: folders, message: 'The panel knows dashboards only through src/content/dashboard.ts; the bootstrap hands it one.' };
  const DOM_NEUTRAL = { group: folders, message: 'src/content/dom is generic DOM mechanism: it knows no dashboard.' };
  const CORE_NEUTRAL = { group: folders, message: "The generic bootstrap core knows no dashboard: each dashboard's entry hands it its recogniser." };
  // None while the table has one dashboard (ESLint refuses an empty group).
  const others = (id) => ids.filter((other) => other !== id);
  const otherDashboards = (id) => (others(id).length ? { group: foldersOf(others(id)), message: `A dashboard's folders never import another dashboard's (${id}).` } : null);
  return fences([
    { files: ['src/shared/**/*.{ts,tsx}'], forbid: [ABOVE_SHARED, SECRET_STORE] },
    { files: ['src/dashboards/**/*.{ts,tsx}'], forbid: [PAGE_OR_APP, SECRET_STORE] },
    { files: ['src/content/**/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, SECRET_STORE] },
    { files: ['src/content/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, CORE_NEUTRAL, SECRET_STORE] },
    ...ids.flatMap((id) => [
      { files: [`src/dashboards/${id}/**/*.{ts,tsx}`], forbid: [PAGE_OR_APP, otherDashboards(id), SECRET_STORE] },
      { files: [`src/content/${id}/**/*.{ts,tsx}`], forbid: [OUTSIDE_CONTENT, PANEL_AND_MESSAGING, otherDashboards(id), SECRET_STORE] },
    ]),
    { files: ['src/content/dom/**/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, PANEL_AND_MESSAGING, DOM_NEUTRAL, SECRET_STORE] },
    { files: ['src/content/panel/**/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, DASHBOARD_FOLDERS, SECRET_STORE] },
    { files: ['src/settings/**/*.{ts,tsx}', 'src/popup/**/*.{ts,tsx}', 'src/options/**/*.{ts,tsx}'], forbid: [SECRET_STORE] },
  ]);
}

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.sandbox/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Extension code: API content is untrusted, and MV3 forbids evaluated code.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Untrusted text must be rendered as text, never as HTML.' },
        { property: 'outerHTML', message: 'Untrusted text must be rendered as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Untrusted text must be rendered as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text must be rendered as text.' },
      ],
    },
  },
  // Fences between the layers: see layerFences above.
  ...layerFences(DASHBOARD_IDS),
  {
    files: ['tests/**/*.ts', 'sandbox/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { 'no-empty-pattern': 'off' },
  },
);
