/** The whole settings view; the popup and the options page both render it. */
import { useState, useSyncExternalStore } from 'react';
import { t } from '../shared/i18n';
import { ForgetCredentials } from './ForgetCredentials';
import { SettingsForm, type Status } from './SettingsForm';
import { useDraft, useSavedSettings } from './stores';
import { ThisPage } from './ThisPage';
import { WebhookSettings } from './WebhookSettings';

export function SettingsApp({ variant }: { variant: 'popup' | 'options' }) {
  const saved = useSavedSettings();
  const draftReady = useSyncExternalStore(useDraft.persist.onFinishHydration, useDraft.persist.hasHydrated);
  const [status, setStatus] = useState<Status>(null);

  // Rendering before both stores are read would flash empty fields and could overwrite the draft.
  if (!saved.hydrated || !draftReady) return <main className={`settings ${variant}`} aria-busy="true" />;

  const settings = saved.value;
  return (
    <main className={`settings ${variant}`}>
      <header>
        <h1>{t('settings_title')}</h1>
        {variant === 'popup' && (
          <button type="button" className="link" onClick={() => chrome.runtime.openOptionsPage()}>
            {t('settings_openInTab')}
          </button>
        )}
      </header>
      <p className="intro">{t('settings_intro')}</p>
      <SettingsForm saved={settings} onStatus={setStatus} />
      <div role="status" aria-live="polite" className={`status ${status?.tone ?? ''}`}>
        {status?.text}
      </div>
      {settings?.hasToken && (
        <>
          <WebhookSettings appId={settings.appId} onStatus={setStatus} />
          <ForgetCredentials onStatus={setStatus} />
        </>
      )}
      {variant === 'popup' && <ThisPage />}
      <p className="version">
        {t('settings_version', chrome.runtime.getManifest().version)} ·{' '}
        <a href={chrome.runtime.getURL('privacy.txt')} target="_blank" rel="noreferrer">
          {t('settings_privacy')}
        </a>
      </p>
    </main>
  );
}
