/**
 * The stand-in's paths (each carries the workspace id, as Braze's do): read by its router and links
 * and by whatever opens a page of it (the browser tests, the demo, the bench), so a path is spelled once.
 */
import type { PlaceKind } from './model';

export const paths = {
  campaigns: (ws: string) => `/engagement/campaigns?app_group_id=${ws}`,
  canvases: (ws: string) => `/engagement/canvas?app_group_id=${ws}`,
  templates: (ws: string) => `/engagement/templates_and_media/webhook_templates/${ws}`,
  place: (kind: PlaceKind, id: string, ws: string) =>
    kind === 'template' ? `/engagement/templates_and_media/webhook_templates/${ws}/${id}` : `/engagement/${kind === 'campaign' ? 'campaigns' : 'canvas'}/${id}/${ws}`,
};
