/** Entry helper: renders the settings view into #root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsApp } from './SettingsApp';
import './settings.css';

export function mountSettings(variant: 'popup' | 'options') {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  document.title = chrome.i18n.getMessage('settings_title');
  const root = document.getElementById('root');
  if (!root) throw new Error('settings page has no #root');
  createRoot(root).render(
    <StrictMode>
      <SettingsApp variant={variant} />
    </StrictMode>,
  );
}
