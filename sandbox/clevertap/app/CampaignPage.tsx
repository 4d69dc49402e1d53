/** A webhook campaign: Start here (Webhook) and What (Go To Editor), saved to the stand-in's backend. */
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { VARIANT, cx } from './variant';
import { EditorDialog } from './EditorDialog';
import { WebhookSelect } from './WebhookSelect';
import { inspect, newRow, type EditorState, type WebhookInfo } from './state';

interface Saved {
  webhookId: string | null;
  editor: EditorState;
}

// D shows no row on a new campaign; the others start with one empty row.
const EMPTY: Saved = { webhookId: null, editor: { format: 'json', bodyMode: 'pairs', rows: VARIANT === 'd' ? [] : [newRow()] } };

/** D mounts its window late, into a container of its own appended to <body>. */
function LatePortal({ children }: { children: ReactNode }) {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const element = document.createElement('div');
    const timer = setTimeout(() => {
      document.body.append(element);
      setContainer(element);
    }, 1500);
    return () => {
      clearTimeout(timer);
      element.remove();
    };
  }, []);
  return container ? createPortal(children, container) : null;
}

export function CampaignPage({ campaignId }: { campaignId: string }) {
  const [webhooks, setWebhooks] = useState<WebhookInfo[]>([]);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  // C creates its window on the first opening and from then on only hides and shows it.
  const [editorCreated, setEditorCreated] = useState(false);
  useEffect(() => {
    if (editorOpen) setEditorCreated(true);
  }, [editorOpen]);

  useEffect(() => {
    void fetch('/api/webhooks').then((r) => r.json()).then(setWebhooks);
    void fetch(`/api/campaigns/${campaignId}`).then(async (r) => {
      if (!r.ok) return setSaved(EMPTY);
      const c = await r.json();
      setSaved({ webhookId: c.webhookId, editor: { format: c.format, bodyMode: c.bodyMode, rows: c.rows.map((x: { key: string; value: string }) => newRow(x.key, x.value)) } });
    });
  }, [campaignId]);

  async function persist(next: Saved) {
    setSaved(next);
    inspect.saved = next;
    const { format, bodyMode, rows } = next.editor;
    await fetch(`/api/campaigns/${campaignId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ webhookId: next.webhookId, format, bodyMode, rows: rows.map(({ key, value }) => ({ key, value })) }),
    });
  }

  if (!saved) return <div className={cx('card')}>Loading campaign…</div>;
  return (
    <div>
      <div className={cx('card')}>
        <h2>Start here</h2>
        <WebhookSelect webhooks={webhooks} value={saved.webhookId} onChange={(webhookId) => void persist({ ...saved, webhookId })} />
      </div>
      <div className={cx('card')}>
        <h2>What</h2>
        <p>{saved.editor.rows.filter((r) => r.key).length} key-value pairs</p>
        <button type="button" onClick={() => setEditorOpen(true)}>Go To Editor</button>
      </div>
      {(VARIANT === 'c' ? editorOpen || editorCreated : editorOpen) &&
        (() => {
          const dialog = (
            <EditorDialog
              campaignId={campaignId}
              webhookId={saved.webhookId}
              initial={saved.editor}
              open={editorOpen}
              onClose={() => setEditorOpen(false)}
              onDone={async (editor) => {
                await persist({ ...saved, editor });
                setEditorOpen(false);
              }}
            />
          );
          return VARIANT === 'd' ? <LatePortal>{dialog}</LatePortal> : dialog;
        })()}
    </div>
  );
}
