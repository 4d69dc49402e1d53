/**
 * Braze's content-script entry (its row's `bootstrap`, under 3 KB gzip with the core): the generic
 * bootstrap (../bootstrap-core.ts) with Braze's recogniser. The manifest's patterns and globs are
 * wider than Braze's dashboard hosts (`dashboard-ab.braze.com` passes them), so the exact host test
 * comes first and anything else ends here. A reported body control (a mode choice, the add-pair
 * control) leads to its composer; nothing hints a composer is next, so nothing is loaded ahead.
 */
import { isBrazeDashboardUrl } from '../../dashboards/braze/hosts';
import { startBootstrap } from '../bootstrap-core';
import { classifyRendered, composerOf, findComposers } from './recognize';

if (isBrazeDashboardUrl(location.href)) {
  startBootstrap({
    classifyRendered: (element) => (classifyRendered(element) ? 'editor-control' : null),
    editorOf: composerOf,
    findEditors: findComposers,
    pageShowsEditorOpener: () => false,
    loadDashboard: () => import('./index').then((module) => module.loadBraze()),
  });
}
