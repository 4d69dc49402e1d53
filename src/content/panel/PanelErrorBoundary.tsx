/** Last resort: a panel that failed to render says so in words, instead of vanishing. */
import { Component, type ReactNode } from 'react';
import { t } from '../../shared/i18n';

export class PanelErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="panel" aria-label={t('panel_region')}>
        <div className="status error">
          <p role="status">{t('panel_crashed')}</p>
          <button type="button" onClick={() => location.reload()}>
            {t('panel_action_reload')}
          </button>
        </div>
      </section>
    );
  }
}
