/**
 * A self-signed certificate for the sandbox's host names, made on first use and kept in .sandbox/.
 * Chromium trusts it through --ignore-certificate-errors-spki-list, which covers the extension's
 * service worker too (Playwright's ignoreHTTPSErrors does not).
 */
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface SandboxCertificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the public key, for --ignore-certificate-errors-spki-list. */
  spkiHash: string;
}

const HOSTS = ['*.dashboard.clevertap.com', '*.notifications.sendbird.com', '*.sendbird.com', 'relay.sandbox.example', '*.braze.com', '*.au-01.braze.com', '*.braze.eu', 'localhost'];

function spkiHashOf(certPem: string): string {
  const der = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

export async function loadOrCreateCertificate(dir: string): Promise<SandboxCertificate> {
  const file = join(dir, 'certificate.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; cert: string; hosts?: string[] };
    const stillValid = new Date(new X509Certificate(saved.cert).validTo).getTime() > Date.now() + 86_400_000;
    if (stillValid && saved.hosts?.join() === HOSTS.join()) return { ...saved, spkiHash: spkiHashOf(saved.cert) };
  }
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await generate([{ name: 'commonName', value: 'sendbird-clevertap sandbox' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify({ key: pems.private, cert: pems.cert, hosts: HOSTS }));
  return { key: pems.private, cert: pems.cert, spkiHash: spkiHashOf(pems.cert) };
}
