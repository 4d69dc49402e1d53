/** Removes token, App ID and cached templates, after one confirmation. */
import { useState } from 'react';
import { askBackground } from '../shared/ask-background';
import { t } from '../shared/i18n';
import type { Status } from './SettingsForm';
import { useDraft } from './stores';

export function ForgetCredentials({ onStatus }: { onStatus: (s: Status) => void }) {
  const [confirming, setConfirming] = useState(false);
  const resetDraft = useDraft((s) => s.reset);

  async function forget() {
    const answer = await askBackground({ type: 'settings/forget' });
    setConfirming(false);
    if (!answer.ok) return onStatus({ text: t('status_internal'), tone: 'error' });
    resetDraft();
    onStatus({ text: t('status_forgotten'), tone: 'success' });
  }

  if (!confirming) {
    return (
      <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
        {t('settings_forget')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('settings_forget')}>
      <p>{t('settings_forgetConfirm')}</p>
      <button type="button" className="danger" onClick={forget}>
        {t('settings_forgetYes')}
      </button>
      <button type="button" onClick={() => setConfirming(false)} autoFocus>
        {t('settings_cancel')}
      </button>
    </div>
  );
}
