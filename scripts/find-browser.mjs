// Finds a Chromium for the tests, the benchmark and the screenshots: $CHROME_PATH, else
// Playwright's own download, else the system's, else (as root on Debian/Ubuntu) installs Debian's
// `chromium`, else stops with what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function installDebianChromium() {
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) return undefined;
  console.log('[find-browser] no Chromium found: installing Debian\'s "chromium" package (apt-get)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    return undefined;
  }
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = (await playwrightsOwn()) ?? SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? installDebianChromium();
  if (found) return found;
  throw new Error(
    'No Chromium to run the tests in. Install one of:\n' +
      '  npx playwright install chromium        (Playwright\'s own build)\n' +
      '  sudo apt-get install chromium           (Debian/Ubuntu)\n' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags for a headless Chromium in a container, as root, with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  findBrowser().then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
