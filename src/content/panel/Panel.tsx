/** The Sendbird panel inside the dashboard's webhook editor window, or floating when called by hand without one. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { askBackground } from '../../shared/ask-background';
import { t, uiLanguage } from '../../shared/i18n';
import { PAYLOAD_KEYS } from '../../shared/payload-codec';
import { getOwn } from '../../shared/records';
import type { Dashboard } from '../dashboard';
import type { ShownAs } from '../../shared/page-messages';
import { CopyByHand } from './CopyByHand';
import { CopyDiagnosticReport } from './DiagnosticReport';
import { usePageFacts, type PageFactsStore } from './page-facts';
import { deliveryNotes, panelStatus } from './status';
import { desiredPairs, emptyVariables, selectedTemplate, type PanelStore } from './store';
import { TemplateCombobox } from './TemplateCombobox';
import { VariableField } from './VariableField';
import { Preview } from './Preview';

export interface PanelProps {
  panel: PanelStore;
  facts: PageFactsStore;
  dashboard: Dashboard;
  /** The editor window, or null for the floating card (called by hand where no editor was found). */
  editor: Element | null;
  attachedBy: ShownAs;
  /** Closes the floating card; null inside a window (the window's own close does it). */
  onClose: (() => void) | null;
}

export function Panel({ panel, facts: factsStore, dashboard, editor, attachedBy, onClose }: PanelProps) {
  const state = useStore(panel.store);
  const facts = usePageFacts(factsStore);
  // A panel called by hand was asked for: it never shrinks to the switch.
  const [optedIn, setOptedIn] = useState(attachedBy !== 'recognition');

  if (!facts.sendbirdWebhook && !optedIn && !state.restoredFromPairs) {
    return (
      <section className="panel compact" aria-label={t('panel_region')}>
        <label className="switch">
          <input type="checkbox" role="switch" checked={false} onChange={() => setOptedIn(true)} />
          <span>{t('panel_useSendbird')}</span>
        </label>
      </section>
    );
  }

  const template = selectedTemplate(state);
  const status = panelStatus(state, facts, dashboard.words, editor !== null);
  const notes = deliveryNotes(dashboard, state, facts);
  const pairs = status.copyByHand ? (desiredPairs(state) ?? []) : [];
  const pasteWay = status.copyByHand && pairs.length > 0 ? (dashboard.bodyToPaste?.(pairs) ?? null) : null;
  const paste = pasteWay && { text: pasteWay.text, how: t(pasteWay.how) };
  const receiverChoices = dashboard.receiver.choices.map((choice) => ({ value: choice.value, label: t(choice.label) }));
  const empty = new Set(emptyVariables(state));
  const busy = state.templatesState.status === 'loading';

  async function runAction() {
    switch (status.action) {
      case 'reload':
        return location.reload();
      case 'open_settings':
        return void (await askBackground({ type: 'options/open' }));
      case 'retry':
        return panel.loadTemplates(true);
      case 'switch_mode':
        return void (editor && (await dashboard.switchToPairs(editor)));
    }
  }

  return (
    <section className="panel" aria-label={t('panel_region')}>
      <header className="panel-head">
        <span className="brand" aria-hidden="true">
          Sendbird
        </span>
        <button type="button" onClick={() => panel.loadTemplates(true)} disabled={busy || state.disconnected}>
          {t('panel_refresh')}
        </button>
        {onClose && (
          <button type="button" className="close" aria-label={t('panel_close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>

      <TemplateCombobox
        templates={state.templates}
        selected={template}
        selectedKey={state.templateKey}
        disabled={state.disconnected}
        onChoose={panel.chooseTemplate}
      />

      {/* Below the combobox: the offer comes a moment after the panel (a storage read), and above it
          it pushed the combobox down just as the marketer reached for it. */}
      {state.draftOffer && (
        <div className="offer">
          <button type="button" onClick={panel.acceptDraft}>
            {t('panel_restoreDraft', new Date(state.draftOffer.savedAt).toLocaleString(uiLanguage()))}
          </button>
        </div>
      )}

      {template && (
        <fieldset className="variables">
          <legend>{t('panel_fields')}</legend>
          {template.variables.length === 0 && <p className="hint">{t('panel_noFields')}</p>}
          {template.variables.map((variable) => (
            <VariableField
              key={variable.key}
              label={variable.name}
              hint={t('panel_keyHint', PAYLOAD_KEYS.variablePrefix + variable.key) + (variable.type !== 'string' ? ` · ${variable.type}` : '')}
              inputType={variable.type}
              personalization={dashboard.personalization}
              required
              missing={empty.has(variable.key)}
              value={getOwn(state.values, variable.key) ?? ''}
              onChange={(value) => panel.setValue(variable.key, value)}
            />
          ))}
        </fieldset>
      )}

      {template && <Preview template={template} values={state.values} personalized={dashboard.words.personalized} />}

      <div className="delivery">
        <VariableField
          label={t('panel_receiver')}
          hint={t(dashboard.receiver.hint)}
          value={state.receiver}
          choices={receiverChoices}
          personalization={dashboard.personalization}
          onChange={panel.setReceiver}
        />
        <VariableField label={t('panel_eventName')} hint={t(dashboard.words.eventNameHint)} value={state.eventName} personalization={dashboard.personalization} onChange={panel.setEventName} />
      </div>

      <div className={`status ${status.tone}`}>
        <p role="status" aria-live="polite">
          {status.text}
        </p>
        {status.action && (
          <button type="button" onClick={() => void runAction()}>
            {t(`panel_action_${status.action}`)}
          </button>
        )}
      </div>
      {notes.map((note) => (
        <p key={note} className="warning">
          {note}
        </p>
      ))}
      {state.notice && <p className="warning">{t(state.notice === 'draft-not-saved' ? 'panel_draftNotSaved' : 'panel_listNotCached')}</p>}
      {status.copyByHand && <CopyByHand pairs={pairs} paste={paste} />}
      {(status.copyByHand || attachedBy !== 'recognition') && <CopyDiagnosticReport dashboard={dashboard} editor={editor} attachedBy={attachedBy} />}
    </section>
  );
}
