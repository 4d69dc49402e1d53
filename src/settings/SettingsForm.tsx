/** App ID, API token and the advanced API base URL: check, save, test. Shared by popup and options. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { askBackground } from '../shared/ask-background';
import { failureMessage, fieldProblemMessage, t } from '../shared/i18n';
import {
  checkCredentials,
  keepsSavedToken,
  managedAppIdOf,
  needsHostPermission,
  originPattern,
  type CredentialsInput,
  type FieldErrors,
  type StoredSettings,
} from '../shared/settings';
import type { Refusal } from '../shared/messages';
import type { Disconnected } from '../shared/ask-background';
import { useDraft } from './stores';
import { Field } from './Field';
import { UrlField } from './UrlField';

export type Status = { text: string; tone: 'info' | 'success' | 'error' } | null;

function refusalText(answer: Refusal | Disconnected): string {
  return answer.refused === 'disconnected' ? t('status_disconnected') : t('status_internal');
}

/** Asks Chrome for the override host while the click still counts as a user gesture. */
async function grantHostFor(apiBaseUrl: string | null): Promise<boolean> {
  if (!apiBaseUrl || !needsHostPermission(apiBaseUrl)) return true;
  return chrome.permissions.request({ origins: [originPattern(apiBaseUrl)] });
}

/** The App ID Chrome policy sets for this extension (managed storage), or null. */
function useManagedAppId(): string | null {
  const [appId, setAppId] = useState<string | null>(null);
  useEffect(() => {
    chrome.storage.managed.get(null).then(
      (managed) => setAppId(managedAppIdOf(managed)),
      () => setAppId(null), // no policy schema or no managed storage: nothing is pre-set
    );
  }, []);
  return appId;
}

export function SettingsForm({ saved, onStatus }: { saved: StoredSettings | null; onStatus: (s: Status) => void }) {
  const draft = useDraft();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [showToken, setShowToken] = useState(false);
  const advancedId = useId();

  const managedAppId = useManagedAppId();
  const values: CredentialsInput = {
    appId: managedAppId ?? draft.appId ?? saved?.appId ?? '',
    token: draft.token,
    apiBaseUrl: draft.apiBaseUrl ?? saved?.apiBaseUrl ?? '',
  };
  const tokenKept = keepsSavedToken(saved, values);
  // Open by default when an override is set, so a saved override is never hidden.
  const [advancedToggled, setAdvancedOpen] = useState<boolean | null>(null);
  const advancedOpen = advancedToggled ?? Boolean(values.apiBaseUrl);

  /** Checks the form locally first: bad input never leaves the page. */
  function checkLocally() {
    const checked = checkCredentials(values, tokenKept);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) onStatus({ text: t('status_fixFields'), tone: 'error' });
    return checked;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = checkLocally();
    if (!checked.ok) return;
    const { apiBaseUrl } = checked.value;
    if (!(await grantHostFor(apiBaseUrl))) {
      onStatus({ text: t('status_permissionDenied', new URL(apiBaseUrl ?? '').host), tone: 'error' });
      return;
    }
    setBusy('save');
    onStatus({ text: t('status_saving'), tone: 'info' });
    const answer = await askBackground({ type: 'settings/save', ...values });
    setBusy(null);
    if ('refused' in answer) return onStatus({ text: refusalText(answer), tone: 'error' });
    if (!answer.ok) {
      setErrors(answer.fieldErrors);
      return onStatus({ text: t('status_fixFields'), tone: 'error' });
    }
    draft.reset();
    setShowToken(false);
    onStatus({ text: t('status_saved'), tone: 'success' });
  }

  async function test() {
    const checked = checkLocally();
    if (!checked.ok) return;
    setBusy('test');
    onStatus({ text: t('status_testing'), tone: 'info' });
    const answer = await askBackground({ type: 'connection/test', ...values });
    setBusy(null);
    if ('refused' in answer) return onStatus({ text: refusalText(answer), tone: 'error' });
    if ('fieldErrors' in answer) {
      setErrors(answer.fieldErrors);
      return onStatus({ text: t('status_fixFields'), tone: 'error' });
    }
    if (!answer.ok) return onStatus({ text: failureMessage(answer.failure), tone: 'error' });
    const text = answer.truncated
      ? t('status_connectedTruncated', answer.count)
      : answer.count === 1
        ? t('status_connectedOne')
        : t('status_connected', answer.count);
    onStatus({ text, tone: 'success' });
  }

  function edit(field: keyof CredentialsInput, value: string) {
    draft.edit(field, value);
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  }

  const problem = (field: keyof CredentialsInput) => {
    const p = errors[field];
    return p ? fieldProblemMessage(p) : null;
  };

  return (
    <form className="settings-form" onSubmit={save} noValidate>
      <Field label={t('settings_appId')} hint={managedAppId ? t('settings_appIdManaged') : t('settings_appIdHint')} error={problem('appId')}>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            spellCheck={false}
            readOnly={managedAppId !== null}
            value={values.appId}
            onChange={(e) => edit('appId', e.target.value)}
          />
        )}
      </Field>

      <Field
        label={t('settings_token')}
        hint={tokenKept ? t('settings_tokenSavedHint') : t('settings_tokenHint')}
        error={problem('token')}
        after={
          <button
            type="button"
            className="toggle"
            aria-pressed={showToken}
            onClick={() => setShowToken(!showToken)}
          >
            {t('settings_showToken')}
          </button>
        }
      >
        {(props) => (
          <input
            {...props}
            type={showToken ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            value={values.token}
            onChange={(e) => edit('token', e.target.value)}
          />
        )}
      </Field>

      <div className="advanced">
        <button
          type="button"
          className="disclosure"
          aria-expanded={advancedOpen}
          aria-controls={advancedId}
          onClick={() => setAdvancedOpen(!advancedOpen)}
        >
          {t('settings_advanced')}
        </button>
        <div id={advancedId} hidden={!advancedOpen}>
          <UrlField label={t('settings_apiBaseUrl')} hint={t('settings_apiBaseUrlHint')} error={problem('apiBaseUrl')} value={values.apiBaseUrl} onChange={(value) => edit('apiBaseUrl', value)} />
        </div>
      </div>

      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== null}>
          {t('settings_save')}
        </button>
        <button type="button" onClick={test} disabled={busy !== null}>
          {t('settings_test')}
        </button>
      </div>
    </form>
  );
}
