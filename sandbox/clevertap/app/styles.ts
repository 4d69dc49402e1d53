/** The stand-in's look: enough to resemble a dashboard, served as a style element. */
import { cx } from './variant';

const css = `
body { margin: 0; font: 14px/1.4 Arial, sans-serif; color: #263238; background: #f4f6f8; }
.${cx('nav')} { display: flex; gap: 20px; padding: 12px 20px; background: #1a2b4c; color: #fff; }
.${cx('nav')} a { color: #fff; }
.${cx('logo')} { font-weight: bold; }
.${cx('main')} { padding: 20px; }
.${cx('card')} { background: #fff; border: 1px solid #dde3ea; border-radius: 6px; padding: 16px; margin-bottom: 16px; }
.${cx('side-by-side')} { display: flex; gap: 12px; align-items: flex-start; } .${cx('side-by-side')} > .${cx('dialog')} { width: auto; flex: 1; }
.${cx('tiles')} { display: flex; flex-wrap: wrap; gap: 12px; padding: 0; list-style: none; }
.${cx('tile')} { width: 130px; height: 80px; border: 1px solid #cfd8dc; border-radius: 6px; background: #fff; cursor: pointer; display: flex; align-items: center; justify-content: center; }
.${cx('overlay')} { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: flex; align-items: flex-start; justify-content: center; overflow: auto; padding: 24px 0; }
.${cx('dialog')} { background: #fff; width: 860px; max-width: 95vw; border-radius: 6px; border: 0; padding: 0; box-shadow: 0 8px 40px rgba(0,0,0,.3); }
.${cx('dialog-head')} { display: flex; justify-content: space-between; align-items: center; padding: 12px 16px; border-bottom: 1px solid #e0e0e0; }
.${cx('dialog-body')} { display: grid; grid-template-columns: 1fr 280px; gap: 16px; padding: 16px; }
.${cx('row')} { display: flex; gap: 8px; margin-bottom: 6px; align-items: center; }
.${cx('row')} input, .${cx('cell')} input { padding: 6px; border: 1px solid #cfd8dc; border-radius: 4px; width: 200px; }
.${cx('preview')} { background: #263238; color: #e0f2f1; padding: 8px; font: 12px monospace; white-space: pre-wrap; word-break: break-all; min-height: 120px; }
.${cx('foot')} { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 16px; border-top: 1px solid #e0e0e0; }
.${cx('link')} { color: #1976d2; cursor: pointer; }
.${cx('pressed')} { background: #1976d2; color: #fff; }
.${cx('hidden')} { display: none; }
.${cx('option')} { display: inline-block; padding: 4px 10px; margin-right: 6px; border: 1px solid #cfd8dc; border-radius: 4px; cursor: pointer; }
.${cx('option')}[aria-checked='true'], .${cx('option')}[aria-selected='true'] { background: #1976d2; color: #fff; }
.${cx('remove')} { cursor: pointer; padding: 0 6px; }
`;

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
