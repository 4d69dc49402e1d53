// Packs dist/ into release/<name>-<version>.zip, ready for the Chrome Web Store.
import { zipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const files = {};
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // .vite/ holds the build's chunk graph (for the bench); the store package does not need it.
    if (statSync(path).isDirectory()) {
      if (name !== '.vite') walk(path);
    } else if (!name.endsWith('.map')) files[relative(dist, path).split('\\').join('/')] = readFileSync(path);
  }
})(dist);
mkdirSync('release', { recursive: true });
const out = join('release', `sendbird-clevertap-templates-${manifest.version}.zip`);
writeFileSync(out, zipSync(files, { level: 9 }));
console.log(`store package: ${out} (${Object.keys(files).length} files)`);
