/**
 * A live preview of the chosen template with the values typed so far: channel titles and bodies,
 * or a simplified rendering of a UI template (text, image, button items; color variables).
 * Everything is rendered as text; images are named, not loaded, so a template cannot make the
 * dashboard's page fetch anything.
 */
import { useSyncExternalStore } from 'react';
import { t, type MessageKey } from '../../shared/i18n';
import { wholePlaceholder, type PreviewItem, type Template } from '../../shared/template-model';
import { fillPlaceholders } from './fill-placeholders';

function subscribeScheme(onChange: () => void) {
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function useDark(): boolean {
  return useSyncExternalStore(subscribeScheme, () => matchMedia('(prefers-color-scheme: dark)').matches);
}

/** The values typed so far, and the dashboard's words for a value it personalizes per user. */
interface Fill {
  values: Record<string, string>;
  personalized: MessageKey;
}

function Filled({ text, fill }: { text: string; fill: Fill }) {
  return (
    <>
      {fillPlaceholders(text, fill.values).map((segment, index) => {
        switch (segment.kind) {
          case 'text':
            return <span key={index}>{segment.text}</span>;
          case 'value':
            return (
              <mark key={index} className="filled">
                {segment.text}
              </mark>
            );
          case 'personalized':
            return (
              <mark key={index} className="personalized" title={segment.text}>
                {t(fill.personalized, segment.key)}
              </mark>
            );
          case 'missing':
            return (
              <mark key={index} className="missing-value">
                {`{${segment.key}}`}
              </mark>
            );
        }
      })}
    </>
  );
}

function UiItem({ item, template, fill, dark }: { item: PreviewItem; template: Template; fill: Fill; dark: boolean }) {
  if (item.type === 'image') {
    return (
      <div className="preview-image" role="img" aria-label={t('preview_image', item.url)}>
        <Filled text={item.url} fill={fill} />
      </div>
    );
  }
  if (item.type === 'button') {
    return (
      <span className="preview-button">
        <Filled text={item.text} fill={fill} />
      </span>
    );
  }
  const colorKey = item.color ? wholePlaceholder(item.color) : undefined;
  const color = colorKey ? template.colors[colorKey] : undefined;
  return (
    <p className={item.bold ? 'preview-text bold' : 'preview-text'} style={color ? { color: dark ? color.dark : color.light } : undefined}>
      <Filled text={item.text} fill={fill} />
    </p>
  );
}

export function Preview({ template, values, personalized }: { template: Template; values: Record<string, string>; personalized: MessageKey }) {
  const dark = useDark();
  const fill: Fill = { values, personalized };
  const channels = template.channels.filter((c) => Object.keys(c.content).length > 0);
  const empty = channels.length === 0 && !template.ui?.length && !template.data;
  return (
    <section className="preview" aria-label={t('preview_title')}>
      <h3>{t('preview_title')}</h3>
      {empty && <p className="hint">{t('preview_nothing')}</p>}
      {template.ui && template.ui.length > 0 && (
        <div className="preview-card">
          {template.ui.map((item, index) => (
            <UiItem key={index} item={item} template={template} fill={fill} dark={dark} />
          ))}
        </div>
      )}
      {channels.map((channel) => (
        <div className="preview-card" key={channel.key}>
          <p className="preview-channel">{channel.name}</p>
          {Object.entries(channel.content).map(([field, text]) => (
            <p key={field} className={field === 'title' ? 'preview-text bold' : 'preview-text'}>
              <Filled text={text} fill={fill} />
            </p>
          ))}
        </div>
      ))}
      {template.data && (
        <pre className="preview-card preview-data">
          <Filled text={template.data} fill={fill} />
        </pre>
      )}
    </section>
  );
}
