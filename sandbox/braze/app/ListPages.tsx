/** The lists a person finds each place in: Campaigns, Canvas, Templates → Webhook Templates. */
import type { PlaceKind } from '../model';
import { LISTED } from '../places';
import { paths } from '../paths';
import { Link } from './router';
import { cx } from './variant';

function List(props: { title: string; kind: PlaceKind; ws: string; blank: { id: string; words: string } }) {
  return (
    <div className={cx('card')}>
      <h1>{props.title}</h1>
      <ul className={cx('list')}>
        {LISTED[props.kind].map((item) => (
          <li key={item.id}>
            <Link to={paths.place(props.kind, item.id, props.ws)}>{item.name}</Link>
          </li>
        ))}
      </ul>
      <Link to={paths.place(props.kind, props.blank.id, props.ws)}>{props.blank.words}</Link>
    </div>
  );
}

export const CampaignsList = ({ ws }: { ws: string }) => <List title="Campaigns" kind="campaign" ws={ws} blank={{ id: 'new-webhook', words: 'Create Campaign: Webhook' }} />;
export const CanvasList = ({ ws }: { ws: string }) => <List title="Canvas" kind="canvas" ws={ws} blank={{ id: 'new-canvas', words: 'Create Canvas' }} />;
export const TemplatesList = ({ ws }: { ws: string }) => <List title="Webhook Templates" kind="template" ws={ws} blank={{ id: 'new', words: 'Create Webhook Template' }} />;
