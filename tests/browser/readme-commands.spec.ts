/**
 * Every command the README names that needs no person runs and does what the README says:
 * `npm run sandbox`, `npm run demo` (headless), `npm run bench -- --only 8`, and
 * `npm run release -- --dry-run`, which runs `npm run build` in a copy of the project (the test
 * command itself builds dist/ once; no test builds it again). Each runs as a child process, as a
 * newcomer would run it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The project's test type, though no fixture is used: a test type of its own would get workers of its own.
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Starts a command in `cwd`, collecting everything it prints. */
function run(command: string, args: string[], cwd = ROOT): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  // detached: its own process group, so that a Ctrl-C (SIGINT to the group) reaches npm and its children.
  const child = spawn(command, args, { cwd, detached: true, env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exit };
}

/** A GET to the sandbox at a real host name, as Chromium's host-resolver rule would send it. */
function getFromSandbox(port: number, host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, servername: host, headers: { host }, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('npm run sandbox prints where it listens, serves both stand-ins, and stops on Ctrl-C', async () => {
  const sandbox = run('npm', ['run', 'sandbox', '--silent']);
  await expect.poll(() => /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(sandbox.output())?.[1], { timeout: 30_000 }).toBeTruthy();
  const port = Number(/listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(sandbox.output())?.[1]);
  const dashboard = await getFromSandbox(port, 'eu1.dashboard.clevertap.com', '/SBX-ACC-1/campaigns');
  expect(dashboard.status).toBe(200);
  expect(dashboard.body).toContain('id="app"');
  const sendbird = await getFromSandbox(port, 'api-unknown.notifications.sendbird.com', '/v3/notifications/templates');
  expect(sendbird.status).toBeGreaterThanOrEqual(400); // no token: Sendbird's stand-in answers, and refuses
  expect(sandbox.output()).toContain('--host-resolver-rules=');
  // Ctrl-C: the terminal sends SIGINT to the whole process group; the sandbox closes and says so.
  process.kill(-(sandbox.child.pid ?? 0), 'SIGINT');
  await sandbox.exit; // npm itself ends by the signal, as in a terminal
  await expect.poll(() => sandbox.output()).toContain('sandbox: stopped');
  await expect(getFromSandbox(port, 'eu1.dashboard.clevertap.com', '/')).rejects.toThrow(); // nothing left listening
});

test("npm run demo without a display walks CleverTap's and Braze's flows in one run, writes their screenshots and the store images, checks Braze's Send Test arrived, and exits 0", async () => {
  const out = mkdtempSync(join(tmpdir(), 'sb-ct-demo-'));
  const demo = run('npm', ['run', 'demo', '--silent', '--', '--no-build', '--out', out, '--store', join(out, 'store')]);
  const code = await demo.exit;
  expect(demo.output()).toContain('demo: done');
  expect(code).toBe(0);
  // Both dashboards by default; the Braze walk ends by checking what Sendbird's stand-in decoded.
  expect(demo.output()).toContain(`Sendbird's stand-in decoded Braze's Send Test: "order_shipped" for user-ann`);
  for (const name of ['popup.png', 'channel-tile.png', 'editor-with-panel.png', 'payload-preview.png', 'braze-composer-with-panel.png', 'braze-send-test.png']) {
    const file = join(out, name);
    expect(existsSync(file), name).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  }
  // The Chrome Web Store's sizes, read from each PNG's header.
  const size = (name: string) => {
    const png = readFileSync(join(out, 'store', name));
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };
  expect(size('screenshot-1-channel-tile.png')).toEqual([1280, 800]);
  expect(size('screenshot-2-panel.png')).toEqual([1280, 800]);
  expect(size('promo-tile-440x280.png')).toEqual([440, 280]);
  rmSync(out, { recursive: true, force: true });
});

test('npm run bench -- --only 8 measures the built parts and gives a verdict', async () => {
  const bench = run('npm', ['run', 'bench', '--silent', '--', '--no-build', '--only', '8', '--out', join(mkdtempSync(join(tmpdir(), 'sb-ct-bench-')), 'bench.json')]);
  const code = await bench.exit;
  expect(bench.output()).toMatch(/content bootstrap, gzip/);
  expect(bench.output()).toMatch(/^bench: 1\/1 within budget/m);
  expect(code).toBe(0);
});

test('npm run release -- --dry-run bumps, writes the changelog, builds and loads the zip, in a copy only', async () => {
  const before = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const version = (JSON.parse(before) as { version: string }).version;
  const [major, minor, patch] = version.split('.').map(Number);
  const next = `${major}.${minor}.${(patch ?? 0) + 1}`;
  const release = run('npm', ['run', 'release', '--silent', '--', '--dry-run']);
  const code = await release.exit;
  expect(code, release.output()).toBe(0);
  expect(release.output()).toContain(`release: ${version} → ${next} (dry run`);
  expect(release.output()).toMatch(/CHANGELOG\.md: \d+ change\(s\)/);
  expect(release.output()).toContain(`the zip's manifest carries ${next}`);
  expect(release.output()).toContain('the zip loads in Chromium and its service worker runs');
  const zip = /release: store package: (\S+\.zip)/.exec(release.output())?.[1] ?? '';
  expect(existsSync(zip)).toBe(true);
  rmSync(zip, { force: true });
  expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toBe(before);
});
