/** The stand-in's look: enough to resemble a dashboard, served as a style element. */
import { cx } from './variant';

const css = `
body { margin: 0; font: 14px/1.4 Helvetica, Arial, sans-serif; color: #212123; background: #f6f6f8; }
.${cx('shell')} { display: flex; min-height: 100vh; }
.${cx('nav')} { display: flex; flex-direction: column; gap: 12px; padding: 16px; width: 170px; background: #3a1d6e; color: #fff; }
.${cx('nav')} a { color: #fff; }
.${cx('logo')} { font-weight: bold; font-size: 18px; }
.${cx('main')} { flex: 1; padding: 20px; min-width: 0; }
.${cx('banner')} { background: #fff3cd; padding: 8px; }
.${cx('card')}, .${cx('slot')} { background: #fff; border: 1px solid #dcdce3; border-radius: 6px; padding: 16px; margin-bottom: 16px; }
.${cx('place-head')} { display: flex; justify-content: space-between; align-items: center; margin-bottom: 12px; }
.${cx('title')} { margin: 0; font-size: 20px; }
.${cx('kind')}, .${cx('step-label')}, .${cx('slot-title')}, .${cx('preview-title')}, .${cx('section-title')}, .${cx('field-title')} { color: #6b6b78; font-size: 12px; text-transform: none; margin: 6px 0; }
.${cx('composer-tabs')}, .${cx('composer-nav')}, .${cx('variant-tabs')} { display: flex; gap: 4px; border-bottom: 1px solid #dcdce3; margin-bottom: 12px; }
.${cx('tab')}, .${cx('tab-on')}, .${cx('nav-item')}, .${cx('nav-item-on')}, .${cx('variant-tab')} { padding: 6px 12px; cursor: pointer; border: 0; background: none; }
.${cx('tab')}[aria-selected='true'], .${cx('tab-on')}, .${cx('nav-item-on')}, .${cx('variant-tab')}[aria-selected='true'] { border-bottom: 2px solid #801ed7; font-weight: bold; }
.${cx('hidden')} { display: none !important; }
.${cx('field')} { display: flex; flex-direction: column; gap: 4px; margin-bottom: 10px; }
.${cx('input-wide')} { width: 100%; max-width: 560px; padding: 6px; box-sizing: border-box; }
.${cx('section')} { border: 1px solid #ececf1; border-radius: 4px; padding: 10px; margin: 10px 0; }
.${cx('row')} { display: flex; gap: 8px; margin-bottom: 6px; align-items: flex-start; }
.${cx('row-head')} { display: flex; gap: 8px; color: #6b6b78; font-size: 11px; } .${cx('row-head')} span { flex: 1; max-width: 260px; }
.${cx('row')} input, .${cx('row')} textarea, .${cx('rich-value')} { flex: 1; min-width: 0; max-width: 260px; padding: 6px; border: 1px solid #c8c8d0; border-radius: 4px; font: inherit; box-sizing: border-box; }
.${cx('rich-value')} { min-height: 1.4em; background: #fff; }
.${cx('segmented')} button { padding: 4px 10px; border: 1px solid #c8c8d0; background: #fff; cursor: pointer; }
.${cx('segmented')} button[aria-pressed='true'] { background: #801ed7; color: #fff; }
.${cx('mode-tabs')} { display: flex; gap: 4px; margin-bottom: 8px; }
.${cx('mode-tab')} { padding: 4px 10px; border: 1px solid #c8c8d0; cursor: pointer; font-size: 12px; }
.${cx('mode-tab')}[aria-selected='true'] { background: #801ed7; color: #fff; }
.${cx('add')}, .${cx('add-link')}, .${cx('remove-link')}, .${cx('link')} { color: #801ed7; cursor: pointer; background: none; border: 0; padding: 4px 0; }
.${cx('remove')} { cursor: pointer; padding: 0 6px; }
.${cx('raw')} { width: 100%; max-width: 560px; font: 12px monospace; }
.${cx('preview')} { background: #1e1e2a; color: #e6e6f0; padding: 8px; font: 12px monospace; white-space: pre-wrap; word-break: break-all; min-height: 60px; }
.${cx('primary')} { background: #801ed7; color: #fff; border: 0; border-radius: 4px; padding: 6px 14px; cursor: pointer; }
.${cx('steps')} { display: flex; gap: 12px; list-style: none; padding: 0; }
.${cx('step')} { display: inline-block; padding: 10px; border: 1px solid #c8c8d0; border-radius: 6px; background: #fff; cursor: pointer; }
.${cx('drawer')} { position: fixed; top: 0; right: 0; bottom: 0; width: 720px; max-width: 90vw; overflow: auto; background: #fff; box-shadow: -4px 0 20px rgba(0,0,0,.2); padding: 16px; }
.${cx('side-by-side')} { display: flex; gap: 12px; align-items: flex-start; } .${cx('side-by-side')} > * { flex: 1; min-width: 0; }
.${cx('overlay')} { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: flex; justify-content: center; align-items: flex-start; overflow: auto; padding: 24px 0; }
.${cx('modal')} { background: #fff; width: 760px; max-width: 95vw; border-radius: 6px; padding: 16px; }
.${cx('spinner')} { padding: 20px; color: #6b6b78; }
.${cx('test-status')} { margin-top: 8px; font-weight: bold; }
`;

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
