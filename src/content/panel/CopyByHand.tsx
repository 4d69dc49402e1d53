/** When the dashboard's editor cannot be written to: the exact pairs, to copy by hand. */
import { useState } from 'react';
import { t } from '../../shared/i18n';
import type { Pair } from '../../shared/payload-codec';

/** A button that copies `text`, and says whether it did. */
function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          )
        }
      >
        {label}
      </button>
      {copied && <span role="status">{copied === 'yes' ? t('status_copied') : t('status_copyFailed')}</span>}
    </>
  );
}

/** `paste`: the dashboard's second way, when it has one (see Dashboard.bodyToPaste). */
export function CopyByHand({ pairs, paste = null }: { pairs: Pair[]; paste?: { text: string; how: string } | null }) {
  if (pairs.length === 0) return null;
  const asText = pairs.map((p) => `${p.key}\t${p.value}`).join('\n');
  return (
    <div className="copy-by-hand">
      <table aria-label={t('panel_pairsToCopy')}>
        <thead>
          <tr>
            <th scope="col">{t('panel_pairKey')}</th>
            <th scope="col">{t('panel_pairValue')}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={pair.key}>
              <td>
                <code>{pair.key}</code>
              </td>
              <td>
                <code>{pair.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CopyButton text={asText} label={t('panel_copyPairs')} />
      {paste && (
        <div className="paste-body">
          <p>{paste.how}</p>
          <pre>{paste.text}</pre>
          <CopyButton text={paste.text} label={t('panel_copyBody')} />
        </div>
      )}
    </div>
  );
}
