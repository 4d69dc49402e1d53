/** When the dashboard's editor cannot be written to: the exact pairs, to copy by hand. */
import { useState } from 'react';
import { t } from '../../shared/i18n';
import type { Pair } from '../../shared/payload-codec';

export function CopyByHand({ pairs }: { pairs: Pair[] }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
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
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(asText).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          )
        }
      >
        {t('panel_copyPairs')}
      </button>
      {copied && <span role="status">{copied === 'yes' ? t('status_copied') : t('status_copyFailed')}</span>}
    </div>
  );
}
