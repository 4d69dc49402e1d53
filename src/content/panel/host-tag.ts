/** The element that hosts the Sendbird panel's shadow root inside the dashboard's window. */
export const PANEL_HOST_TAG = 'sendbird-template-panel';
