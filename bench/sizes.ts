/** Gzipped size of what each part of the extension loads, from the build's chunk graph. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DASHBOARDS } from '../src/dashboards/table';

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function partSizes(dist: string) {
  const graph = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const closure = (entry: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(entry) || !graph[entry]) return seen;
    seen.add(entry);
    for (const next of graph[entry].imports ?? []) closure(next, seen);
    return seen;
  };
  const files = (entries: Set<string>) => [...entries].flatMap((e) => [graph[e]?.file ?? '', ...(graph[e]?.css ?? [])]).filter(Boolean);
  const bytes = (list: string[]) => list.reduce((sum, file) => sum + gz(join(dist, file)), 0) / 1024;

  // The generated manifest has one content script per row of the table, in the table's order.
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const bootstraps = DASHBOARDS.map((row, index) => {
    const loaders = manifest.content_scripts[index]?.js ?? [];
    return { id: row.id, name: row.name, entry: row.bootstrap, kb: bytes([...loaders, ...files(closure(row.bootstrap))]) };
  });
  const panel = closure('src/content/panel/attach.tsx');
  for (const { entry } of bootstraps) for (const already of closure(entry)) panel.delete(already);
  const popup = closure('src/popup/index.html');

  return {
    /** Each dashboard's bootstrap: what runs on every one of its pages. */
    bootstraps,
    panelKB: bytes(files(panel)),
    popupKB: bytes(['src/popup/index.html', ...files(popup)]),
  };
}
