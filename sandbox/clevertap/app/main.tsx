/** The CleverTap dashboard stand-in: a small SPA routed with history.pushState. */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ACCOUNT, cx } from './variant';
import { CampaignsPage } from './CampaignsPage';
import { CampaignPage } from './CampaignPage';
import { JourneyPage } from './JourneyPage';
import './styles';

function currentPath() {
  return location.pathname;
}

export function navigate(path: string) {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event('ct:navigate'));
}

function App() {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener('popstate', update);
    window.addEventListener('ct:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('ct:navigate', update);
    };
  }, []);
  const campaign = /^\/[\w-]+\/campaigns\/([\w-]+)\/webhook$/.exec(path)?.[1];
  const journey = /^\/[\w-]+\/journeys\/([\w-]+)$/.exec(path)?.[1];
  return (
    <div className={cx('shell')}>
      <nav className={cx('nav')}>
        <span className={cx('logo')}>CleverTap</span>
        <a href={`/${ACCOUNT}/campaigns`} onClick={(e) => { e.preventDefault(); navigate(`/${ACCOUNT}/campaigns`); }}>Campaigns</a>
        <span>Journeys</span>
        <span>Analytics</span>
      </nav>
      <main className={cx('main')}>
        {campaign ? <CampaignPage key={campaign} campaignId={campaign} /> : journey ? <JourneyPage key={journey} journeyId={journey} /> : <CampaignsPage />}
      </main>
    </div>
  );
}

createRoot(document.getElementById('app') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
