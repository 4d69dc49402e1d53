/**
 * A journey with two webhook steps on one page and one URL, each with its own editor (the host
 * contract: a URL need not identify one editor). Journeys show no Webhook selector here. Each step
 * keeps what its editor saved in memory, and the current editor's rows are inspectable like a campaign's.
 */
import { useState } from 'react';
import { cx } from './variant';
import { EditorDialog } from './EditorDialog';
import { newRow, type EditorState } from './state';

const STEPS = ['Webhook step 1', 'Webhook step 2'];
const fresh = (): EditorState => ({ format: 'json', bodyMode: 'pairs', rows: [newRow()] });

export function JourneyPage({ journeyId }: { journeyId: string }) {
  const [saved, setSaved] = useState<EditorState[]>(() => STEPS.map(fresh));
  const [open, setOpen] = useState<number | null>(null);
  return (
    <div>
      {STEPS.map((step, index) => (
        <div key={step} className={cx('card')}>
          <h2>{step}</h2>
          <p>{saved[index]?.rows.filter((r) => r.key).length ?? 0} key-value pairs</p>
          <button type="button" aria-label={`Go To Editor (${step})`} onClick={() => setOpen(index)}>
            Go To Editor
          </button>
        </div>
      ))}
      {open !== null && (
        <EditorDialog
          key={open}
          campaignId={`${journeyId}-${open + 1}`}
          webhookId={null}
          initial={saved[open] ?? fresh()}
          open
          onClose={() => setOpen(null)}
          onDone={(editor) => {
            setSaved((all) => all.map((s, i) => (i === open ? editor : s)));
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
