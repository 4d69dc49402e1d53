/**
 * The extension's manifest, built from the table of dashboards (src/dashboards/table.ts) so that it
 * cannot drift from it: one content script per dashboard, on its row's `matches` only, with its own
 * bootstrap and render-signal style sheet. vite.config.ts hands it to crxjs, which turns the source
 * paths into built entry points; the tests read it from here. The version's one home is package.json.
 */
import { DASHBOARDS } from './dashboards/table';
import type { DashboardRow } from './dashboards/row';

export function extensionManifest(version: string, dashboards: readonly DashboardRow[] = DASHBOARDS) {
  return {
    manifest_version: 3 as const,
    name: '__MSG_extensionName__',
    short_name: 'Sendbird templates',
    version,
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    minimum_chrome_version: '116',
    icons: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png', '48': 'icons/icon-48.png', '128': 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_extensionName__',
      default_popup: 'src/popup/index.html',
      default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background: { service_worker: 'src/background/index.ts', type: 'module' as const },
    permissions: ['storage'],
    storage: { managed_schema: 'managed_schema.json' },
    host_permissions: ['https://*.notifications.sendbird.com/*'],
    optional_host_permissions: ['https://*/*'],
    content_scripts: dashboards.map((row) => ({
      matches: [...row.matches],
      ...(row.includeGlobs ? { include_globs: [...row.includeGlobs] } : {}),
      js: [row.bootstrap],
      run_at: 'document_idle' as const,
      css: [...row.css],
    })),
    commands: {
      'show-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_command_showPanel__' },
    },
  };
}

export type ExtensionManifest = ReturnType<typeof extensionManifest>;
