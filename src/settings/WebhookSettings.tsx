/** What the admin pastes into CleverTap's webhook settings, each with a copy button. */
import { clevertapDestinations } from '../shared/sendbird-routes';
import { t } from '../shared/i18n';
import type { Status } from './SettingsForm';

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
  const destinations = clevertapDestinations(appId);
  return (
    <section className="webhook" aria-labelledby="webhook-title">
      <h2 id="webhook-title">{t('webhook_title')}</h2>
      <p>{t('webhook_intro')}</p>
      <dl>
        <CopyRow label={t('webhook_single')} value={destinations.single} copyLabel={t('webhook_copySingle')} onStatus={onStatus} />
        <CopyRow label={t('webhook_multi')} value={destinations.multi} copyLabel={t('webhook_copyMulti')} onStatus={onStatus} />
        <CopyRow label={t('webhook_header')} value={destinations.headerKey} copyLabel={t('webhook_copyHeader')} onStatus={onStatus} />
      </dl>
      <p className="note">{t('webhook_whichOne')}</p>
    </section>
  );
}
