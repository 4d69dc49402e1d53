/**
 * What the admin pastes into each dashboard's webhook settings (one block per row of the table of
 * dashboards), each with a copy button, for the chosen Destination: Sendbird's endpoints or the
 * company's relay, one choice for every dashboard.
 */
import { useId, useState, type FormEvent } from 'react';
import { DASHBOARDS } from '../dashboards/table';
import type { DashboardRow } from '../dashboards/row';
import { DEFAULT_DESTINATION, destinationsFor, normalizeRelayUrl, relayUrlProblem, type Destination, type RelayUrlProblem } from '../shared/destination';
import { t } from '../shared/i18n';
import { STORAGE } from '../shared/storage-keys';
import type { Status } from './SettingsForm';
import { useDestination } from './stores';
import { UrlField } from './UrlField';

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

/** One dashboard's Destination URLs and header key, in its own words (its row's `setup`). */
function DashboardWebhook({ row, appId, destination, onStatus }: { row: DashboardRow; appId: string; destination: Destination; onStatus: (s: Status) => void }) {
  const headingId = useId();
  const urls = destinationsFor(appId, destination, row.webhook);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{row.name}</h3>
      <p>{destination.kind === 'relay' ? t(row.setup.introRelay) : t(row.setup.intro)}</p>
      <dl>
        {Object.entries(row.setup.routes).map(([id, words]) => (
          <CopyRow key={id} label={t(words.label)} value={urls[id] ?? ''} copyLabel={t(words.copy)} onStatus={onStatus} />
        ))}
        <CopyRow label={t('webhook_header')} value={urls.headerKey} copyLabel={t('webhook_copyHeader')} onStatus={onStatus} />
      </dl>
      <p className="note">{t(row.setup.whichOne)}</p>
    </section>
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
  const shown = kind === 'sendbird' ? DEFAULT_DESTINATION : destination;
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
          <UrlField
            label={t('webhook_relayUrl')}
            hint={t('webhook_relayUrlHint')}
            error={problem ? t(`field_${problem}`) : null}
            value={relayUrl}
            onChange={(value) => {
              setTyped(value);
              setProblem(null);
            }}
          />
          <div className="actions">
            <button type="submit">{t('webhook_useRelay')}</button>
          </div>
        </form>
      )}
      {saved.hydrated && ready && DASHBOARDS.map((row) => <DashboardWebhook key={row.id} row={row} appId={appId} destination={shown} onStatus={onStatus} />)}
      {saved.hydrated && !ready && <p className="note">{t('webhook_relayPending')}</p>}
    </section>
  );
}
