// Finds a Chromium for the demo, the bench and the browser tests: CHROME_PATH, then the system's
// chromium / google-chrome. When none is there, `ensureChromium()` gets Debian's own where it can
// (as root with apt-get, or through sudo without a password prompt), saying so, and otherwise stops
// with the exact command to run. Run as a script, it ensures one and prints its path.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const APT_PACKAGE = 'chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, name)));
}

export function findChromium() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * How this machine can get a Chromium, from facts about it (pure, so every branch is unit-tested):
 * `root-apt` and `sudo-apt` install Debian's package; `manual` says what a person must do.
 */
export function installPlan({ platform, isRoot, hasAptGet, hasSudo, chromePathSet }) {
  const apt = ['apt-get update', `apt-get install -y ${APT_PACKAGE}`];
  // A CHROME_PATH that points nowhere is the person's own choice: installing beside it would not help.
  if (chromePathSet) return { kind: 'manual', commands: [] };
  if (platform !== 'linux' || !hasAptGet) return { kind: 'manual', commands: [] };
  if (isRoot) return { kind: 'root-apt', commands: apt };
  if (hasSudo) return { kind: 'sudo-apt', commands: apt.map((command) => `sudo -n ${command}`) };
  return { kind: 'manual', commands: apt.map((command) => `sudo ${command}`) };
}

function machineFacts() {
  const sudoWithoutPrompt = onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return {
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasAptGet: onPath('apt-get') && existsSync('/etc/debian_version'),
    hasSudo: sudoWithoutPrompt,
    chromePathSet: Boolean(process.env.CHROME_PATH),
  };
}

function manualHelp(plan) {
  return [
    process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.` : 'No Chromium or Chrome was found.',
    plan.commands.length ? 'Install Debian\'s Chromium, then run the same command again:' : 'Install Chromium or Chrome, then run the same command again,',
    ...plan.commands.map((command) => `  ${command}`),
    'or point CHROME_PATH at a Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
    '(Do not run `npx playwright install`: everything here drives the system browser.)',
  ].join('\n');
}

/** The path of a Chromium, installing Debian's where this machine allows it; throws with the exact command otherwise. */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  const plan = installPlan(machineFacts());
  if (plan.kind === 'manual') throw new Error(manualHelp(plan));
  log(`No Chromium found: installing Debian's package "${APT_PACKAGE}" (${plan.kind === 'sudo-apt' ? 'through sudo' : 'as root'}):`);
  for (const command of plan.commands) {
    log(`  ${command}`);
    const [program, ...args] = command.split(' ');
    const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`"${command}" failed (exit ${result.status ?? result.signal}).\n${manualHelp({ commands: [] })}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(`Chromium was installed but is not on the PATH.\n${manualHelp({ commands: [] })}`);
  log(`Installed ${installed}.`);
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`the browser is ${ensureChromium()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
