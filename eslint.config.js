import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ABOVE_SHARED = { group: ['**/background/**', '**/content/**', '**/settings/**', '**/popup/**', '**/options/**'], message: 'src/shared is the bottom layer: it imports nothing above it.' };
const OUTSIDE_CONTENT = { group: ['**/background/**', '**/settings/**'], message: 'The content script runs in the dashboard page: it never imports the background or the settings pages.' };
const PANEL_AND_MESSAGING = { group: ['**/panel/**', '**/channels/**', '**/ask-background'], message: 'Dashboard folders and DOM helpers never import the panel or the messaging helper.' };
const DASHBOARD_FOLDERS = { group: ['**/clevertap/**', '**/clevertap'], message: 'The panel knows dashboards only through src/content/dashboard.ts; the bootstrap hands it one.' };
const SECRET_STORE = { group: ['**/secret-store', '**/secret-store.ts'], message: 'Only the background holds the API token.' };

/** One no-restricted-imports block per folder; a later block matching the same file replaces the rule, so list narrower folders last with everything they forbid. */
function fences(list) {
  return list.map(({ files, forbid }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: forbid }] } }));
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
  // Fences between the layers (see the README's "What is here"): what each folder may never import.
  // `npm run lint` fails on a crossing; src/lint-fences.test.ts shows that it does.
  ...fences([
    { files: ['src/shared/**/*.{ts,tsx}'], forbid: [ABOVE_SHARED, SECRET_STORE] },
    { files: ['src/content/**/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, SECRET_STORE] },
    { files: ['src/content/clevertap/**/*.{ts,tsx}', 'src/content/dom/**/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, PANEL_AND_MESSAGING, SECRET_STORE] },
    { files: ['src/content/panel/**/*.{ts,tsx}'], forbid: [OUTSIDE_CONTENT, DASHBOARD_FOLDERS, SECRET_STORE] },
    { files: ['src/settings/**/*.{ts,tsx}', 'src/popup/**/*.{ts,tsx}', 'src/options/**/*.{ts,tsx}'], forbid: [SECRET_STORE] },
  ]),
  {
    files: ['tests/**/*.ts', 'sandbox/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { 'no-empty-pattern': 'off' },
  },
);
