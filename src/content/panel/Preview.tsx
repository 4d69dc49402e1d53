/**
 * A live preview of the chosen template with the values typed so far: channel titles and bodies,
 * or a simplified rendering of a UI template (text, image, button items; color variables).
 * Everything is rendered as text; images are named, not loaded, so a template cannot make the
 * CleverTap page fetch anything.
 */
import { useSyncExternalStore } from 'react';
import { t } from '../../shared/i18n';
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

function Filled({ text, values }: { text: string; values: Record<string, string> }) {
  return (
    <>
      {fillPlaceholders(text, values).map((segment, index) => {
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
                {t('preview_personalized', segment.key)}
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

function UiItem({ item, template, values, dark }: { item: PreviewItem; template: Template; values: Record<string, string>; dark: boolean }) {
  if (item.type === 'image') {
    return (
      <div className="preview-image" role="img" aria-label={t('preview_image', item.url)}>
        <Filled text={item.url} values={values} />
      </div>
    );
  }
  if (item.type === 'button') {
    return (
      <span className="preview-button">
        <Filled text={item.text} values={values} />
      </span>
    );
  }
  const colorKey = item.color ? wholePlaceholder(item.color) : undefined;
  const color = colorKey ? template.colors[colorKey] : undefined;
  return (
    <p className={item.bold ? 'preview-text bold' : 'preview-text'} style={color ? { color: dark ? color.dark : color.light } : undefined}>
      <Filled text={item.text} values={values} />
    </p>
  );
}

export function Preview({ template, values }: { template: Template; values: Record<string, string> }) {
  const dark = useDark();
  const channels = template.channels.filter((c) => Object.keys(c.content).length > 0);
  const empty = channels.length === 0 && !template.ui?.length && !template.data;
  return (
    <section className="preview" aria-label={t('preview_title')}>
      <h3>{t('preview_title')}</h3>
      {empty && <p className="hint">{t('preview_nothing')}</p>}
      {template.ui && template.ui.length > 0 && (
        <div className="preview-card">
          {template.ui.map((item, index) => (
            <UiItem key={index} item={item} template={template} values={values} dark={dark} />
          ))}
        </div>
      )}
      {channels.map((channel) => (
        <div className="preview-card" key={channel.key}>
          <p className="preview-channel">{channel.name}</p>
          {Object.entries(channel.content).map(([field, text]) => (
            <p key={field} className={field === 'title' ? 'preview-text bold' : 'preview-text'}>
              <Filled text={text} values={values} />
            </p>
          ))}
        </div>
      ))}
      {template.data && (
        <pre className="preview-card preview-data">
          <Filled text={template.data} values={values} />
        </pre>
      )}
    </section>
  );
}
