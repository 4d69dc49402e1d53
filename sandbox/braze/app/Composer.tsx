/**
 * One webhook composer: tabs Compose / Test, and Settings in a and c. How the tabs hide their
 * panels differs: a keeps every panel mounted and sets `hidden`, b mounts only the active one,
 * c hides the others by a class. C re-creates the Compose panel's nodes when the body mode changes.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ComposerState } from '../model';
import { ComposeTab, HeadersSection } from './ComposeTab';
import { MethodChoice } from './MethodChoice';
import { TestTab } from './TestTab';
import { pressable } from './controls';
import { VARIANT, cx } from './variant';

type Tab = 'compose' | 'test' | 'settings';
const TABS: Record<typeof VARIANT, Array<[Tab, string]>> = {
  a: [['compose', 'Compose'], ['settings', 'Settings'], ['test', 'Test']],
  b: [['compose', 'Compose'], ['test', 'Test']],
  c: [['compose', 'Compose'], ['test', 'Test'], ['settings', 'Settings']],
};

type Props = { value: ComposerState; onChange: (next: ComposerState) => void };

function SettingsTab(props: Props) {
  return (
    <div className={cx('settings')}>
      <MethodChoice {...props} />
      {VARIANT === 'a' && <HeadersSection {...props} />}
    </div>
  );
}

export function Composer(props: Props) {
  const base = useId();
  const [tab, setTab] = useState<Tab>('compose');
  // C: a new body mode is a new Compose panel (new nodes), as a re-render from the top would give.
  const [lastMode, setLastMode] = useState(props.value.bodyMode);
  const [modeChanges, setModeChanges] = useState(0);
  if (lastMode !== props.value.bodyMode) {
    setLastMode(props.value.bodyMode);
    setModeChanges((n) => n + 1);
  }
  const panels: Record<Tab, () => ReactNode> = {
    compose: () => <ComposeTab key={VARIANT === 'c' ? modeChanges : 0} {...props} />,
    test: () => <TestTab value={props.value} />,
    settings: () => <SettingsTab {...props} />,
  };
  const tabs = TABS[VARIANT];

  if (VARIANT === 'b') {
    return (
      <div className={cx('composer')}>
        <nav className={cx('composer-nav')}>
          {tabs.map(([t, words]) => (
            <a key={t} href="#" aria-current={tab === t ? 'page' : undefined} className={cx(tab === t ? 'nav-item-on' : 'nav-item')} onClick={(e) => { e.preventDefault(); setTab(t); }}>
              {words}
            </a>
          ))}
        </nav>
        <div className={cx('composer-body')}>{panels[tab]()}</div>
      </div>
    );
  }
  return (
    <div className={cx('composer')}>
      <div role="tablist" className={cx('composer-tabs')}>
        {tabs.map(([t, words]) =>
          VARIANT === 'a' ? (
            <button key={t} type="button" role="tab" id={`${base}-${t}`} aria-selected={tab === t} aria-controls={`${base}-${t}-panel`} className={cx('tab')} onClick={() => setTab(t)}>
              {words}
            </button>
          ) : (
            <span key={t} {...pressable(() => setTab(t))} role="tab" aria-selected={tab === t} className={cx(tab === t ? 'tab-on' : 'tab')}>
              {words}
            </span>
          ),
        )}
      </div>
      {tabs.map(([t]) =>
        VARIANT === 'a' ? (
          <div key={t} role="tabpanel" id={`${base}-${t}-panel`} aria-labelledby={`${base}-${t}`} hidden={tab !== t} className={cx('panel')}>
            {panels[t]()}
          </div>
        ) : (
          <div key={t} className={cx('panel') + (tab === t ? '' : ` ${cx('hidden')}`)}>
            {panels[t]()}
          </div>
        ),
      )}
    </div>
  );
}
