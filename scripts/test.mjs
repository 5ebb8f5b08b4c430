// `npm test`: finds (or installs) a Chromium first, so a missing browser is one clear message,
// then runs the browser suite with @web/test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';
import { checkSize } from './check-size.mjs';

let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`[test] Chromium: ${browser}`);
const summaryFile = 'node_modules/.test-summary.json';
rmSync(summaryFile, { force: true });
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser, TEST_SUMMARY_FILE: summaryFile },
});
if (existsSync(summaryFile)) {
  const { passed, failed, skipped } = JSON.parse(readFileSync(summaryFile, 'utf8'));
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
// The size budget of dist/portal-consent.js (deterministic, so it may gate; time never does).
const sizeOk = checkSize();
process.exit((result.status ?? 1) || (sizeOk ? 0 : 1));
