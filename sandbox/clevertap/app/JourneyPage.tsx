/**
 * A journey with two webhook steps on one page and one URL, each with its own editor (the host
 * contract: a URL need not identify one editor). Each step keeps what its editor saved in memory, and
 * each open editor's rows are inspectable like a campaign's (by step id, `<journey>-<step>`).
 *
 *   ?steps=together    the steps' editors open beside each other, both at once (else one at a time)
 *   ?webhook=sendbird  the journey shows a Webhook selector with "Sendbird single" chosen (else none)
 */
import { useEffect, useState } from 'react';
import { cx } from './variant';
import { EditorDialog } from './EditorDialog';
import { WebhookSelect } from './WebhookSelect';
import { newRow, type EditorState, type WebhookInfo } from './state';

const STEPS = ['Webhook step 1', 'Webhook step 2'];
const fresh = (): EditorState => ({ format: 'json', bodyMode: 'pairs', rows: [newRow()] });
const params = new URLSearchParams(location.search);
const TOGETHER = params.get('steps') === 'together';
const WITH_SELECTOR = params.get('webhook') === 'sendbird';

export function JourneyPage({ journeyId }: { journeyId: string }) {
  const [saved, setSaved] = useState<EditorState[]>(() => STEPS.map(fresh));
  const [open, setOpen] = useState<number[]>([]);
  const [webhooks, setWebhooks] = useState<WebhookInfo[]>([]);
  const [webhookId, setWebhookId] = useState<string | null>('wh-101');
  useEffect(() => {
    if (WITH_SELECTOR) void fetch('/api/webhooks').then((r) => r.json()).then(setWebhooks);
  }, []);
  const close = (index: number) => setOpen((all) => all.filter((i) => i !== index));
  const editor = (index: number) => (
    <EditorDialog
      key={index}
      campaignId={`${journeyId}-${index + 1}`}
      webhookId={WITH_SELECTOR ? webhookId : null}
      initial={saved[index] ?? fresh()}
      open
      inline={TOGETHER}
      onClose={() => close(index)}
      onDone={(state) => {
        setSaved((all) => all.map((s, i) => (i === index ? state : s)));
        close(index);
      }}
    />
  );
  return (
    <div>
      {WITH_SELECTOR && webhooks.length > 0 && (
        <div className={cx('card')}>
          <WebhookSelect webhooks={webhooks} value={webhookId} onChange={setWebhookId} />
        </div>
      )}
      {STEPS.map((step, index) => (
        <div key={step} className={cx('card')}>
          <h2>{step}</h2>
          <p>{saved[index]?.rows.filter((r) => r.key).length ?? 0} key-value pairs</p>
          <button type="button" aria-label={`Go To Editor (${step})`} onClick={() => setOpen((all) => (TOGETHER ? [...new Set([...all, index])] : [index]))}>
            Go To Editor
          </button>
        </div>
      ))}
      {TOGETHER ? <div className={cx('side-by-side')}>{open.map(editor)}</div> : open.map(editor)}
    </div>
  );
}
