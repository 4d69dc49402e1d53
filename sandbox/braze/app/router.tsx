/** The stand-in's routes (paths carry the workspace id) and in-app links that change the route without a page load. */
import { useEffect, useState, type ReactNode } from 'react';
import type { PlaceKind } from '../model';
import { cx } from './variant';

export type Route = { page: 'campaigns' | 'canvases' | 'templates' } | { page: 'place'; kind: PlaceKind; id: string };

export function routeOf(path: string): Route {
  const campaign = /^\/engagement\/campaigns\/([\w-]+)\/[0-9a-f]{24}\/?$/.exec(path)?.[1];
  if (campaign) return { page: 'place', kind: 'campaign', id: campaign };
  const canvas = /^\/engagement\/canvas\/([\w-]+)\/[0-9a-f]{24}\/?$/.exec(path)?.[1];
  if (canvas) return { page: 'place', kind: 'canvas', id: canvas };
  const template = /^\/engagement\/templates_and_media\/webhook_templates\/[0-9a-f]{24}\/([\w-]+)\/?$/.exec(path)?.[1];
  if (template) return { page: 'place', kind: 'template', id: template };
  if (path.startsWith('/engagement/templates_and_media')) return { page: 'templates' };
  if (path.startsWith('/engagement/canvas')) return { page: 'canvases' };
  return { page: 'campaigns' };
}

export function navigate(to: string) {
  history.pushState(null, '', to);
  window.dispatchEvent(new Event('braze:navigate'));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener('braze:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('braze:navigate', update);
    };
  }, []);
  return path;
}

/** Keeps the page's query flags (`?braze-…`) across in-app navigation, as a test set them. */
function withFlags(to: string): string {
  const flags = [...new URLSearchParams(location.search)].filter(([k]) => k.startsWith('braze-'));
  if (flags.length === 0) return to;
  const url = new URL(to, location.origin);
  for (const [k, v] of flags) url.searchParams.append(k, v);
  return url.pathname + url.search;
}

export function Link(props: { to: string; children: ReactNode }) {
  const to = withFlags(props.to);
  return (
    <a href={to} className={cx('link')} onClick={(e) => { e.preventDefault(); navigate(to); }}>
      {props.children}
    </a>
  );
}
