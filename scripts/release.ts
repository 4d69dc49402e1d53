/**
 * `npm run release`: bumps the version in its one home (package.json; the manifest takes it from
 * there at build time), writes a CHANGELOG.md entry from the commits since the last `v*` tag, builds,
 * checks the store zip (its manifest carries the new version, and it loads in Chromium with its
 * service worker running), and prints the zip's path. Tag and commit are left to the person.
 *
 *   npm run release                 # patch: 0.1.0 → 0.1.1
 *   npm run release -- --minor      # or --major
 *   npm run release -- --dry-run    # the same in a copy of the project: nothing here changes
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../sandbox/browser';
import { copyOfProject } from './copy-project';
import { ensureChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const ROOT = resolve(import.meta.dirname, '..');

function say(text: string) {
  console.log(`release: ${text}`);
}

export function bump(version: string, part: 'major' | 'minor' | 'patch'): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (part === 'major') return `${major + 1}.0.0`;
  if (part === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

function git(...gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** Commit subjects since the last v* tag (all of them when there is none). */
function changesSinceLastRelease(): string[] {
  let range = 'HEAD';
  try {
    range = `${git('describe', '--tags', '--abbrev=0', '--match', 'v*')}..HEAD`;
  } catch {
    // no release tagged yet
  }
  return git('log', '--format=%s', range).split('\n').filter(Boolean);
}

/** Unpacks the zip and loads it into Chromium: true when its service worker starts. */
async function loadsInChromium(zipPath: string): Promise<boolean> {
  const unpacked = mkdtempSync(join(tmpdir(), 'sb-ct-unpacked-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    const file = join(unpacked, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  const executablePath = ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'sb-ct-release-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless=new', ...CHROMIUM_ARGS, `--disable-extensions-except=${unpacked}`, `--load-extension=${unpacked}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    return worker.url().startsWith('chrome-extension://');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(unpacked, { recursive: true, force: true });
  }
}

async function main() {
  const part = args.includes('--major') ? 'major' : args.includes('--minor') ? 'minor' : 'patch';
  const where = dryRun ? copyOfProject(ROOT, 'sb-ct-release-') : ROOT;
  const pkgPath = join(where, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  const next = bump(pkg.version, part);
  say(`${pkg.version} → ${next}${dryRun ? ' (dry run, in a copy of the project)' : ''}`);

  pkg.version = next;
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  const changes = changesSinceLastRelease();
  const entry = [`## ${next} (${new Date().toISOString().slice(0, 10)})`, '', ...changes.map((c) => `- ${c}`), ''].join('\n');
  const changelogPath = join(where, 'CHANGELOG.md');
  const before = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8').replace(/^# Changelog\n+/, '') : '';
  writeFileSync(changelogPath, `# Changelog\n\n${entry}\n${before}`);
  say(`CHANGELOG.md: ${changes.length} change(s) since the last release`);

  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: where, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the build failed');
  const zip = join(where, 'release', `sendbird-clevertap-templates-${next}.zip`);
  const manifest = JSON.parse(Buffer.from(unzipSync(readFileSync(zip))['manifest.json'] ?? new Uint8Array()).toString('utf8')) as { version?: string };
  if (manifest.version !== next) throw new Error(`the zip's manifest says ${manifest.version}, not ${next}`);
  say(`the zip's manifest carries ${next}`);
  if (!(await loadsInChromium(zip))) throw new Error('the zip did not load in Chromium');
  say('the zip loads in Chromium and its service worker runs');
  if (dryRun) {
    const kept = join(tmpdir(), `sendbird-clevertap-templates-${next}-dry-run.zip`);
    cpSync(zip, kept);
    rmSync(where, { recursive: true, force: true });
    say(`store package: ${kept}`);
    say('dry run: nothing in this working tree changed');
  } else {
    say(`store package: ${zip}`);
    say(`next: git commit -am "Release ${next}" && git tag v${next}`);
  }
}

main().catch((error: unknown) => {
  console.error('release failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
