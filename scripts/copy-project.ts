/**
 * A copy of the project in a temporary folder, sharing node_modules and leaving out what is built or
 * local (dist/, release/, .git, test output, the sandbox certificate): for running a command that
 * writes into the project (a build, a release) without touching the working tree.
 */
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LEFT_OUT = new Set(['node_modules', 'dist', 'release', '.git', 'test-results', '.sandbox', 'demo-output']);

export function copyOfProject(root: string, prefix = 'sb-ct-copy-'): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync(root)) {
    if (!LEFT_OUT.has(name)) cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
