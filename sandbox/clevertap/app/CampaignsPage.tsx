/** Campaigns → + Campaign → the Messaging Channels tiles, in each variant's markup and timing. */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { ACCOUNT, LIKE_A, VARIANT, cx } from './variant';
import { navigate } from './main';

const CHANNELS = ['Mobile Push', 'Web Push', 'Email', 'SMS', 'WhatsApp', 'Webhooks', 'In-App'];

function newCampaignId() {
  return String(Date.now()) + String(Math.floor(Math.random() * 1000));
}

function open(channel: string) {
  if (channel === 'Webhooks') navigate(`/${ACCOUNT}/campaigns/${newCampaignId()}/webhook`);
}

/** A: <button>s under an <h3>; inserted when + Campaign is clicked. */
function ButtonTiles() {
  return (
    <section className={cx('card')}>
      <h3>Messaging Channels</h3>
      <div className={cx('tiles')}>
        {CHANNELS.map((c) => (
          <button key={c} type="button" className={cx('tile')} onClick={() => open(c)}>
            {c}
          </button>
        ))}
      </div>
    </section>
  );
}

/**
 * B and D: <div role="button"> in <li>s under a plain <div>. D renders its list again (new nodes)
 * the first time the pointer enters it, as a dashboard refreshing its data on hover would: every
 * click on a D tile, the page's own or the extension's, then lands after a re-render of the list,
 * between the extension placing its tile and the click, on every run alike.
 */
function ListTiles({ generation, onFirstPointer }: { generation: number; onFirstPointer: () => void }) {
  return (
    <div className={cx('card')} onPointerEnter={VARIANT === 'd' ? onFirstPointer : undefined}>
      <div className={cx('title')}>Messaging Channels</div>
      <ul className={cx('tiles')}>
        {CHANNELS.map((c) => (
          <li key={`${c}-${generation}`}>
            <div role="button" tabIndex={0} className={cx('tile')} onClick={() => open(c)} onKeyDown={(e) => e.key === 'Enter' && open(c)}>
              <span>{c}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** C: links in a list that is in the page from the start, hidden until + Campaign (no new nodes). */
function LinkTiles({ shown }: { shown: boolean }) {
  return (
    <nav className={cx('card')} style={shown ? undefined : { display: 'none' }}>
      <p className={cx('title')}>Messaging Channels</p>
      <div className={cx('tiles')}>
        {CHANNELS.map((c) => (
          <a
            key={c}
            href="#"
            className={cx('tile')}
            onClick={(e) => {
              e.preventDefault();
              open(c);
            }}
          >
            {c}
          </a>
        ))}
      </div>
    </nav>
  );
}

export function CampaignsPage() {
  const [choosing, setChoosing] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Synchronously, inside the pointer's move: React renders a hover's update in a later task, which
  // could fall between a click's press and release (then no click at all, a failure by chance).
  // Rendered at once, the press and the release both land on the new tile, on every run alike.
  const reRenderOnce = () => flushSync(() => setGeneration((g) => (g === 0 ? 1 : g)));
  return (
    <div>
      <div className={cx('card')}>
        <h1>Campaigns</h1>
        <button type="button" onClick={() => setChoosing(true)}>+ Campaign</button>
      </div>
      {VARIANT === 'c' ? <LinkTiles shown={choosing} /> : choosing && (LIKE_A ? <ButtonTiles /> : <ListTiles generation={generation} onFirstPointer={reRenderOnce} />)}
    </div>
  );
}
