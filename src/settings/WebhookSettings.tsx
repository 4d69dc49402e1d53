/** What the admin pastes into CleverTap's webhook settings, each with a copy button, for the chosen Destination. */
import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_DESTINATION, destinationsFor, normalizeRelayUrl, relayUrlProblem, type Destination, type RelayUrlProblem } from '../shared/destination';
import { t } from '../shared/i18n';
import { STORAGE } from '../shared/storage-keys';
import { Field } from './Field';
import type { Status } from './SettingsForm';
import { useDestination } from './stores';

function CopyRow(props: { label: string; value: string; copyLabel: string; onStatus: (s: Status) => void }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.value);
      props.onStatus({ text: t('status_copied'), tone: 'success' });
    } catch {
      props.onStatus({ text: t('status_copyFailed'), tone: 'error' });
    }
  }
  return (
    <div className="copy-row">
      <dt>{props.label}</dt>
      <dd>
        <code>{props.value}</code>
        <button type="button" onClick={copy}>
          {props.copyLabel}
        </button>
      </dd>
    </div>
  );
}

export function WebhookSettings({ appId, onStatus }: { appId: string; onStatus: (s: Status) => void }) {
  const saved = useDestination();
  const destination = saved.value ?? DEFAULT_DESTINATION;
  const [choice, setChoice] = useState<Destination['kind'] | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<RelayUrlProblem | null>(null);
  const groupName = useId();
  const kind = choice ?? destination.kind;
  const relayUrl = typed ?? destination.relayBaseUrl;

  async function store(next: Destination) {
    try {
      await chrome.storage.local.set({ [STORAGE.destination.key]: next });
      onStatus({ text: t('status_destinationSaved'), tone: 'success' });
    } catch {
      onStatus({ text: t('status_internal'), tone: 'error' });
    }
  }

  function choose(next: Destination['kind']) {
    setChoice(next);
    // Choosing the relay is stored once it has a usable base URL (below), not before.
    if (next === 'sendbird' || destination.relayBaseUrl) void store({ ...destination, kind: next });
  }

  function submitRelay(event: FormEvent) {
    event.preventDefault();
    const found = relayUrlProblem(relayUrl);
    setProblem(found);
    if (found) return onStatus({ text: t('status_fixFields'), tone: 'error' });
    setTyped(null);
    void store({ kind: 'relay', relayBaseUrl: normalizeRelayUrl(relayUrl) });
  }

  const ready = kind === 'sendbird' || (destination.kind === 'relay' && destination.relayBaseUrl !== '');
  const destinations = destinationsFor(appId, kind === 'sendbird' ? DEFAULT_DESTINATION : destination);
  return (
    <section className="webhook" aria-labelledby="webhook-title">
      <h2 id="webhook-title">{t('webhook_title')}</h2>
      <fieldset className="destination">
        <legend>{t('webhook_destination')}</legend>
        <label>
          <input type="radio" name={groupName} checked={kind === 'sendbird'} onChange={() => choose('sendbird')} />
          {t('webhook_destinationSendbird')}
        </label>
        <label>
          <input type="radio" name={groupName} checked={kind === 'relay'} onChange={() => choose('relay')} />
          {t('webhook_destinationRelay')}
        </label>
      </fieldset>
      {kind === 'relay' && (
        <form className="relay-url" onSubmit={submitRelay} noValidate>
          <Field label={t('webhook_relayUrl')} hint={t('webhook_relayUrlHint')} error={problem ? t(`field_${problem}`) : null}>
            {(props) => (
              <input
                {...props}
                type="url"
                placeholder="https://"
                autoComplete="off"
                spellCheck={false}
                value={relayUrl}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setProblem(null);
                }}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit">{t('webhook_useRelay')}</button>
          </div>
        </form>
      )}
      {saved.hydrated && ready && (
        <>
          <p>{kind === 'relay' ? t('webhook_introRelay') : t('webhook_intro')}</p>
          <dl>
            <CopyRow label={t('webhook_single')} value={destinations.single} copyLabel={t('webhook_copySingle')} onStatus={onStatus} />
            <CopyRow label={t('webhook_multi')} value={destinations.multi} copyLabel={t('webhook_copyMulti')} onStatus={onStatus} />
            <CopyRow label={t('webhook_header')} value={destinations.headerKey} copyLabel={t('webhook_copyHeader')} onStatus={onStatus} />
          </dl>
          <p className="note">{t('webhook_whichOne')}</p>
        </>
      )}
      {saved.hydrated && !ready && <p className="note">{t('webhook_relayPending')}</p>}
    </section>
  );
}
