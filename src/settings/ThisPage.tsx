/**
 * The popup's "This page" section: on a tab of a dashboard in the table, **Show Sendbird panel on
 * this page** (for when the webhook editor was not recognised); anywhere else, which dashboards the
 * panel works on. It talks to the content script already in the tab (no `scripting` permission):
 * a tab without it does not answer.
 */
import { useEffect, useState } from 'react';
import { DASHBOARDS } from '../dashboards/table';
import { t, uiLanguage } from '../shared/i18n';
import type { PageAnswer } from '../shared/page-messages';

type PageState = 'checking' | 'dashboard' | 'elsewhere' | 'shown' | 'floating';

/**
 * The tab the popup is about: the active tab of its window. Opened as a tab itself (in a test, or by
 * a person), the popup is about the tab used before it.
 */
async function targetTab(): Promise<number | null> {
  const self = await chrome.tabs.getCurrent();
  if (!self) return (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
  const others = (await chrome.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

async function ask(tabId: number, type: 'page/ping' | 'panel/show'): Promise<PageAnswer | null> {
  try {
    return ((await chrome.tabs.sendMessage(tabId, { type })) as PageAnswer | undefined) ?? null;
  } catch {
    return null; // no content script in that tab: not a dashboard's
  }
}

/** The table's dashboards by name, as one says "CleverTap or Braze" in the popup's language. */
function dashboardNames(): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(DASHBOARDS.map((row) => row.name));
}

export function ThisPage() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState>('checking');

  useEffect(() => {
    void (async () => {
      const id = await targetTab();
      setTabId(id);
      setState(id !== null && (await ask(id, 'page/ping'))?.ok ? 'dashboard' : 'elsewhere');
    })();
  }, []);

  async function show() {
    if (tabId === null) return;
    const answer = await ask(tabId, 'panel/show');
    if (!answer) return setState('elsewhere');
    setState(answer.shown === 'floating' ? 'floating' : 'shown');
  }

  const words: Record<Exclude<PageState, 'dashboard'>, string> = {
    checking: t('popup_pageChecking'),
    elsewhere: t('popup_notADashboard', dashboardNames()),
    shown: t('popup_panelShown'),
    floating: t('popup_panelFloating'),
  };
  return (
    <section className="this-page" aria-labelledby="this-page-heading">
      <h2 id="this-page-heading">{t('popup_pageHeading')}</h2>
      {state !== 'elsewhere' && state !== 'checking' && (
        <button type="button" onClick={() => void show()}>
          {t('popup_showPanel')}
        </button>
      )}
      <p aria-live="polite">{state === 'dashboard' ? '' : words[state]}</p>
    </section>
  );
}
