/** `npm run demo` on a machine without a display finishes by itself and leaves its screenshots. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('the headless demo walks the flow, writes four screenshots and exits 0', async () => {
  test.setTimeout(90_000);
  const out = mkdtempSync(join(tmpdir(), 'sb-ct-demo-'));
  const child = spawn('npx', ['tsx', 'scripts/demo.ts', '--no-build', '--headless', '--out', out], {
    env: { ...process.env, DISPLAY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(output).toContain('demo: done');
  expect(code).toBe(0);
  for (const name of ['popup.png', 'channel-tile.png', 'editor-with-panel.png', 'payload-preview.png']) {
    const file = join(out, name);
    expect(existsSync(file), name).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  }
  rmSync(out, { recursive: true, force: true });
});
