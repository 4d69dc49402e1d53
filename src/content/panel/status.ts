/** The one status line of the panel: what is true now, most important first. */
import type { PanelWords } from '../../dashboards/row';
import { failureMessage, t, uiLanguage } from '../../shared/i18n';
import type { Dashboard } from '../dashboard';
import { emptyVariables, selectedTemplate, type PanelState } from './store';
import type { PageFacts } from './page-facts';

export type StatusAction = 'reload' | 'open_settings' | 'retry' | 'switch_mode' | null;

export interface PanelStatus {
  tone: 'info' | 'success' | 'warning' | 'error';
  text: string;
  action: StatusAction;
  /** Show the exact pairs to copy by hand. */
  copyByHand: boolean;
}

export function panelStatus(state: PanelState, facts: PageFacts, words: PanelWords, hasEditor = true): PanelStatus {
  const status = (tone: PanelStatus['tone'], text: string, action: StatusAction = null, copyByHand = false): PanelStatus => ({ tone, text, action, copyByHand });

  if (state.disconnected) return status('error', t('panel_disconnected'), 'reload');
  const templates = state.templatesState;
  if (templates.status === 'failed' && templates.failure.kind === 'not-configured') {
    return status('warning', t('failure_notConfigured'), 'open_settings');
  }
  if (!hasEditor) return status('warning', t('panel_noEditor'), null, true);
  if (facts.mode.json === false || facts.mode.pairs === false) return status('warning', t(words.needsPairs), 'switch_mode');
  if (!facts.canWrite) return status('error', t(words.editorChanged), null, true);
  if (state.sync.status === 'failed') return status('error', t(words.editorChanged), null, true);
  if (templates.status === 'failed') {
    const since = templates.fetchedAt ? ' ' + t('panel_cachedSince', new Date(templates.fetchedAt).toLocaleString(uiLanguage())) : '';
    return status('error', failureMessage(templates.failure) + since, 'retry');
  }
  if (state.templateCheckFailed) {
    return status('error', t('panel_templateUnchecked', [state.templateKey ?? '', failureMessage(state.templateCheckFailed)]), 'retry');
  }
  if (state.missingTemplate) {
    return status('warning', t(state.missingTemplate === 'archived' ? 'panel_templateArchived' : 'panel_templateDeleted', state.templateKey ?? ''));
  }
  if (templates.status === 'loading') return status('info', t('panel_loading'));
  const template = selectedTemplate(state);
  if (!template) return status('info', t('panel_pickTemplate'));
  const empty = emptyVariables(state);
  if (empty.length > 0) {
    return status('warning', empty.length === 1 ? t('panel_incompleteOne') : t('panel_incomplete', empty.length));
  }
  if (state.sync.status === 'pending') return status('info', t('panel_saving'));
  if (state.sync.status === 'saved' || !state.dirty) return status('success', t('panel_saved'));
  return status('info', t('panel_saving'));
}

/** Warnings shown beside the status: what the dashboard says about delivering these values there. */
export function deliveryNotes(dashboard: Pick<Dashboard, 'deliveryNotes'>, state: PanelState, facts: PageFacts): string[] {
  const values = [state.receiver, state.eventName, ...Object.values(state.values)];
  return dashboard.deliveryNotes(facts.destination, values).map((key) => t(key));
}
