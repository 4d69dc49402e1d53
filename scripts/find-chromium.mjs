// Finds a Chromium for the browser tests: CHROME_PATH, then the system's chromium / google-chrome.
// Run as a script it prints the path, or exactly how to get one and exits 1.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findChromium();
  if (found) {
    console.log(`browser tests use ${found}`);
  } else {
    console.error(
      [
        process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.` : 'No Chromium found for the browser tests.',
        'Install one and run the tests again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
        '  or point CHROME_PATH at a Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
        '(Do not run `npx playwright install`: the tests use the system browser.)',
      ].join('\n'),
    );
    process.exit(1);
  }
}
