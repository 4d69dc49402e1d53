/**
 * `npm run sandbox`: the stand-ins alone (Sendbird and CleverTap at their real host names on one
 * local HTTPS port), for a Chromium you start yourself. Prints where it listens and the flags that
 * send the real host names here; Ctrl-C stops it.
 *
 *   npm run sandbox                  # a free port
 *   npm run sandbox -- --port 8443
 */
import { startSandbox } from './server';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;

const sandbox = await startSandbox({ port: Number.isInteger(port) && port > 0 ? port : 0 });
console.log(`sandbox: listening on https://127.0.0.1:${sandbox.port}`);
console.log('sandbox: CleverTap at https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns (any region), Sendbird at https://api-<app id>.notifications.sendbird.com');
console.log('sandbox: Braze at https://dashboard-01.braze.com/engagement/campaigns?app_group_id=5f1a2b3c4d5e6f7a8b9c0d1e (variant A; B at dashboard-01.braze.eu, C at dashboard.au-01.braze.com); each Send Test posts to the Webhook URL and is printed here');
console.log('sandbox: the relay (relay/) at https://relay.sandbox.example; account SBX-RELAY-1 sends its Sendbird webhooks through it, and what reaches Sendbird\'s send API is printed here');
sandbox.braze.onTestSend = (sent) => console.log(`sandbox: Braze Send Test as ${sent.userId} → ${sent.sent.url}: ${sent.status || sent.error}`);
sandbox.sendbird.sends.onSent = (sent) => console.log(`sandbox: Sendbird send API received ${sent.mode} "${sent.template.key}" for ${sent.targets.length} user(s): ${JSON.stringify(sent)}`);
console.log(`sandbox: start Chromium with\n  ${sandbox.chromiumArgs.map((a) => `'${a}'`).join(' ')}`);
console.log('sandbox: Ctrl-C stops it');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void sandbox.close().then(() => {
      console.log('\nsandbox: stopped');
      process.exit(0);
    });
  });
}
