/**
 * "Copy diagnostic report": what a maintainer needs to fix a change of the dashboard's page, from
 * one report. Structure only (which documented elements were found, and what kind of element each
 * was): never a typed value, a template, a webhook name, an account id or the token.
 */
import { useState } from 'react';
import { t } from '../../shared/i18n';
import type { Dashboard, DiagnosticReport } from '../dashboard';
import type { ShownAs } from '../../shared/page-messages';

function extensionVersion(): string {
  try {
    return chrome.runtime.getManifest().version;
  } catch {
    return 'unknown (extension reloaded)';
  }
}

export function buildDiagnosticReport(dashboard: Dashboard, editor: Element | null, attachedBy: ShownAs): DiagnosticReport {
  const found = dashboard.diagnose(editor);
  return { ...found, extensionVersion: extensionVersion(), attachedBy };
}

export function CopyDiagnosticReport(props: { dashboard: Dashboard; editor: Element | null; attachedBy: ShownAs }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    const report = buildDiagnosticReport(props.dashboard, props.editor, props.attachedBy);
    navigator.clipboard.writeText(JSON.stringify(report, null, 2)).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div className="diagnostic">
      <button type="button" onClick={copy}>
        {t('panel_copyDiagnostic')}
      </button>
      {copied && <span role="status">{copied === 'yes' ? t('status_copied') : t('status_copyFailed')}</span>}
    </div>
  );
}
