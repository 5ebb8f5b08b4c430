// `npm run screenshots`: pictures of the demo page for the README, in headless Chromium.
// Builds nothing: run `npm run build` first. Serves the repository on loopback, opens
// demo/index.html at desktop and mobile widths, light and dark, and writes
// docs/screenshots/{banner,panel,placeholder}-{desktop,mobile}-{light,dark}.png.
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { findBrowser, CHROMIUM_ARGS } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const OUT = 'docs/screenshots';
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 740 },
};
const SCHEMES = ['light', 'dark'];

if (!existsSync('dist/portal-consent.js')) {
  console.error('dist/portal-consent.js is missing: run `npm run build` first.');
  process.exit(1);
}

await mkdir(OUT, { recursive: true });
const server = await startStaticServer({ root: process.cwd() });
const browser = await chromium.launch({ executablePath: await findBrowser(), headless: true, args: CHROMIUM_ARGS });
const written = [];

try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of SCHEMES) {
      // A fresh context per picture: no consent cookie, so the banner shows.
      const context = await browser.newContext({
        viewport,
        colorScheme,
        reducedMotion: 'reduce',
        deviceScaleFactor: device === 'mobile' ? 2 : 1,
      });
      // The demo's services would call out: keep every picture offline and deterministic.
      await context.route((url) => !url.href.startsWith(server.url), (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${server.url}/demo/index.html`);
      await page.waitForSelector('cookie-consent >> .banner');
      const shot = async (name) => {
        const file = join(OUT, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      };

      await shot('banner');

      // As a visitor opens it, with the mouse: no keyboard focus ring in the picture.
      await page.getByRole('button', { name: /^(Personnaliser|Customise)$/ }).click();
      await page.waitForSelector('cookie-consent >> dialog[open]');
      await shot('panel');
      await page.keyboard.press('Escape');
      // Let the panel give focus back first: a choice racing it would leave focus on <main>, ringed.
      await page.waitForSelector('cookie-consent >> dialog:not([open])', { state: 'attached' });

      const embed = page.locator('consent-embed').first();
      if (await embed.count()) {
        // The placeholder as a visitor meets it after refusing: banner gone, content held back.
        await page.evaluate(() => window.cookieConsent.refuseAll());
        await embed.evaluate((element) => {
          element.closest('section')?.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -16);
        });
        await shot('placeholder');
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(written.map((file) => `wrote ${file}`).join('\n'));
