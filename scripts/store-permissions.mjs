// The Chrome Web Store's "why this permission" answers, generated from the built manifest so that
// they cannot drift: `node scripts/store-permissions.mjs` writes docs/store/permissions.md, and
// `--check` (run by `npm run build`) fails when that file no longer matches dist/manifest.json.
import { readFileSync, writeFileSync } from 'node:fs';

const WHY = {
  storage: 'Keeps the admin\'s settings (App ID, optional API base URL), the template list and the marketer\'s unsaved values on this computer. Nothing is synced.',
  'https://*.notifications.sendbird.com/*': 'Lists the company\'s own Sendbird Business Messaging templates (and reads one template) with the API token the admin entered; api-{App ID}.notifications.sendbird.com is Sendbird\'s host for each application.',
  'https://*/*': 'Optional, never granted at install: asked for one origin at a time, only when an admin sets Advanced → API base URL (a company proxy, or Sendbird\'s route if it differs).',
  'https://*.dashboard.clevertap.com/*': 'The content script shows the Sendbird panel inside CleverTap\'s "Create Webhook Content" window (every CleverTap region) and writes the chosen template\'s key-value pairs into it.',
  'https://*.braze.com/*': 'The content script shows the Sendbird panel inside Braze\'s webhook composer (campaigns, Canvas webhook steps, webhook templates) and writes the chosen template\'s key-value pairs into its Request body. Narrowed by include_globs to Braze\'s dashboard hosts (dashboard, dashboard-NN, dashboard.<region>-NN); the script checks the host again and stops at once on any other braze.com page.',
  'https://*.braze.eu/*': 'The same for Braze\'s EU dashboards (dashboard.braze.eu, dashboard-NN.braze.eu), narrowed the same way.',
  commands: 'Alt+Shift+S shows the Sendbird panel by hand when the dashboard\'s editor (CleverTap\'s or Braze\'s) was not recognised. Needs no data.',
  managed_schema: 'Lets a company pre-set the App ID for every marketer through Chrome policy (never the token).',
};

export function permissionsPage(manifest) {
  const rows = [
    ...manifest.permissions.map((p) => ['permission', p]),
    ...manifest.host_permissions.map((h) => ['host permission', h]),
    ...(manifest.optional_host_permissions ?? []).map((h) => ['optional host permission', h]),
    ...manifest.content_scripts.flatMap((c) => c.matches.map((m) => ['content script match', m])),
    ...(manifest.commands ? [['keyboard command', 'commands']] : []),
    ...(manifest.storage?.managed_schema ? [['managed storage schema', 'managed_schema']] : []),
  ];
  const missing = rows.filter(([, name]) => !WHY[name]).map(([, name]) => name);
  if (missing.length) throw new Error(`no justification written for: ${missing.join(', ')} (add it to scripts/store-permissions.mjs)`);
  return [
    '# Permission justifications (Chrome Web Store)',
    '',
    `Generated from the built manifest of version ${manifest.version} by \`node scripts/store-permissions.mjs\`; \`npm run build\` fails when it drifts.`,
    '',
    '**Single purpose**: use the company\'s Sendbird Business Messaging templates inside CleverTap\'s webhook campaign editor and Braze\'s webhook composer.',
    '',
    '| kind | name | why |',
    '| --- | --- | --- |',
    ...rows.map(([kind, name]) => `| ${kind} | \`${name}\` | ${WHY[name]} |`),
    '',
    'Remote code: none. Data use: see docs/privacy.md.',
    '',
  ].join('\n');
}

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
// The version changes with every release; the justifications do not depend on it.
const page = permissionsPage(manifest).replace(/of version \S+ by/, 'by');
if (process.argv.includes('--check')) {
  if (readFileSync('docs/store/permissions.md', 'utf8') !== page) {
    console.error('docs/store/permissions.md no longer matches dist/manifest.json: run `node scripts/store-permissions.mjs`');
    process.exit(1);
  }
  console.log('docs/store/permissions.md matches the built manifest');
} else {
  writeFileSync('docs/store/permissions.md', page);
  console.log('wrote docs/store/permissions.md');
}
