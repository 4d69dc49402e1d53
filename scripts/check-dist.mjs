// Checks the built extension for what MV3 and our security rules forbid: evaluated code, remote
// code, and a CSP override. Run after the build in `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
const problems = [];
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
if (manifest.content_security_policy) problems.push('manifest overrides the default CSP');
if (manifest.externally_connectable) problems.push('manifest accepts messages from web pages');

const FORBIDDEN = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew Function\s*\(/, 'new Function('],
  [/import\s*\(\s*["']https?:/, 'import() of a remote URL'],
  [/<script[^>]+src=["']https?:/, 'a remote <script>'],
];
(function walk(dir) {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) walk(path);
    else if (/\.(js|html)$/.test(name.name)) {
      const text = readFileSync(path, 'utf8');
      for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) problems.push(`${path}: ${what}`);
    }
  }
})(dist);

if (problems.length) {
  console.error(`dist/ breaks the extension's security rules:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('dist/: no eval, no remote code, default CSP');
