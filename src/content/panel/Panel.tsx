/** The Sendbird panel inside CleverTap's "Create Webhook Content" window. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { askBackground } from '../../shared/ask-background';
import { t } from '../../shared/i18n';
import { PAYLOAD_KEYS } from '../../shared/payload-codec';
import { getOwn } from '../../shared/records';
import { switchToPairs } from '../clevertap/editor';
import { CopyByHand } from './CopyByHand';
import { usePageFacts, type PageFactsStore } from './page-facts';
import { liquidWarning, panelStatus } from './status';
import { desiredPairs, emptyVariables, selectedTemplate, type PanelStore } from './store';
import { TemplateCombobox } from './TemplateCombobox';
import { VariableField } from './VariableField';
import { Preview } from './Preview';

export interface PanelProps {
  panel: PanelStore;
  facts: PageFactsStore;
  editor: Element;
}

export function Panel({ panel, facts: factsStore, editor }: PanelProps) {
  const state = useStore(panel.store);
  const facts = usePageFacts(factsStore);
  const [optedIn, setOptedIn] = useState(false);

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
  const status = panelStatus(state, facts);
  const warning = liquidWarning(state, facts);
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
        return void (await switchToPairs(editor));
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
      </header>

      <TemplateCombobox
        templates={state.templates}
        selected={template}
        selectedKey={state.templateKey}
        disabled={state.disconnected}
        onChoose={panel.chooseTemplate}
      />

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
              required
              missing={empty.has(variable.key)}
              value={getOwn(state.values, variable.key) ?? ''}
              onChange={(value) => panel.setValue(variable.key, value)}
            />
          ))}
        </fieldset>
      )}

      {template && <Preview template={template} values={state.values} />}

      <div className="delivery">
        <VariableField label={t('panel_receiver')} hint={t('panel_receiverHint')} value={state.receiver} onChange={panel.setReceiver} />
        <VariableField label={t('panel_eventName')} hint={t('panel_eventNameHint')} value={state.eventName} onChange={panel.setEventName} />
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
      {warning && <p className="warning">{warning}</p>}
      {status.copyByHand && <CopyByHand pairs={desiredPairs(state) ?? []} />}
    </section>
  );
}
