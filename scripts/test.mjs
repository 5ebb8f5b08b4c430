// `npm test`: finds (or installs) a Chromium first, so a missing browser is one clear message,
// then runs the browser suite with @web/test-runner.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`[test] Chromium: ${browser}`);
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
