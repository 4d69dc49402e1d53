/** Campaigns → + Campaign → the Messaging Channels tiles. */
import { useState } from 'react';
import { ACCOUNT, VARIANT, cx } from './variant';
import { navigate } from './main';

const CHANNELS = ['Mobile Push', 'Web Push', 'Email', 'SMS', 'WhatsApp', 'Webhooks', 'In-App'];

function newCampaignId() {
  return String(Date.now()) + String(Math.floor(Math.random() * 1000));
}

export function CampaignsPage() {
  const [choosing, setChoosing] = useState(false);
  const open = (channel: string) => {
    if (channel === 'Webhooks') navigate(`/${ACCOUNT}/campaigns/${newCampaignId()}/webhook`);
  };
  return (
    <div>
      <div className={cx('card')}>
        <h1>Campaigns</h1>
        <button type="button" onClick={() => setChoosing(true)}>+ Campaign</button>
      </div>
      {choosing &&
        (VARIANT === 'a' ? (
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
        ) : (
          <div className={cx('card')}>
            <div className={cx('title')}>Messaging Channels</div>
            <ul className={cx('tiles')}>
              {CHANNELS.map((c) => (
                <li key={c}>
                  <div role="button" tabIndex={0} className={cx('tile')} onClick={() => open(c)} onKeyDown={(e) => e.key === 'Enter' && open(c)}>
                    <span>{c}</span>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
