import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags that let headless Chromium run as root in a container without reaching the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return candidates.find((path) => existsSync(path));
}

/**
 * Returns a Chromium path, installing Debian's `chromium` when running as root and none is
 * found; otherwise exits with instructions.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    process.exit(1);
  }
  if (process.getuid?.() !== 0) {
    console.error(
      'No Chromium found. Install one (on Debian: sudo apt-get install chromium) or point the tests at a\n' +
        'Chrome or Chromium binary: CHROME_PATH=/path/to/chrome npm test',
    );
    process.exit(1);
  }
  console.log("No Chromium found: installing Debian's chromium package (about a minute)…");
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get installed chromium, but no binary was found at ' + candidates.join(', '));
    process.exit(1);
  }
  return installed;
}
