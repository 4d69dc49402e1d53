/** The Braze dashboard stand-in: a small single-page app routed with history.pushState (see router.tsx). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CampaignPage } from './CampaignPage';
import { CanvasPage } from './CanvasPage';
import { CampaignsList, CanvasList, TemplatesList } from './ListPages';
import { paths } from '../paths';
import { Link, routeOf, usePath } from './router';
import { TemplatePage } from './TemplatePage';
import { ON_DASHBOARD, cx, workspaceOf } from './variant';
import './styles';

function Page({ path }: { path: string }) {
  const ws = workspaceOf(path);
  const route = routeOf(path);
  if (route.page === 'place') {
    const key = `${route.kind}/${route.id}`;
    if (route.kind === 'campaign') return <CampaignPage key={key} campaignId={route.id} />;
    if (route.kind === 'canvas') return <CanvasPage key={key} canvasId={route.id} />;
    return <TemplatePage key={key} templateId={route.id} />;
  }
  if (route.page === 'canvases') return <CanvasList ws={ws} />;
  if (route.page === 'templates') return <TemplatesList ws={ws} />;
  return <CampaignsList ws={ws} />;
}

function App() {
  const path = usePath();
  const ws = workspaceOf(path);
  return (
    <div className={cx('shell')}>
      <nav className={cx('nav')} aria-label="Main">
        <span className={cx('logo')}>Braze</span>
        <Link to={paths.campaigns(ws)}>Campaigns</Link>
        <Link to={paths.canvases(ws)}>Canvas</Link>
        <span className={cx('nav-group')}>
          Templates: <Link to={paths.templates(ws)}>Webhook Templates</Link>
        </span>
      </nav>
      <main className={cx('main')}>
        {!ON_DASHBOARD && <p className={cx('banner')}>This host is not a Braze dashboard (sandbox): the extension must do nothing here.</p>}
        <Page path={path} />
      </main>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
