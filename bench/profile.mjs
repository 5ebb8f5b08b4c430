// `node bench/profile.mjs [library-id]`: one first visit of a bench page (run `npm run bench` once
// first, it writes the pages) under the same 4× CPU slowdown, with the V8 sampling profiler on;
// prints where the main thread spent its time until the banner's buttons showed, by function and
// by file. A tool to find what to make faster, not a measure.
import { chromium } from 'playwright';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../scripts/static-server.mjs';
import { findBrowser, CHROMIUM_ARGS } from '../scripts/find-browser.mjs';

const id = process.argv[2] ?? 'portal-consent';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await startStaticServer({ root: ROOT, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: await findBrowser(),
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/bench/pages/${id}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((nodeId, index) => self.set(nodeId, (self.get(nodeId) ?? 0) + (deltas[index] ?? 0)));
  const byFunction = new Map();
  const byFile = new Map();
  for (const [nodeId, micros] of self) {
    const { callFrame } = byId.get(nodeId);
    const file = callFrame.url.replace(server.url, '') || '(native/program)';
    const key = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  console.log(`Self time by file (throttled ms):\n${top(byFile, 10)}\n\nBy function:\n${top(byFunction, 25)}`);
  const timing = await page.evaluate(() => ({
    nav: performance.getEntriesByType('navigation')[0].toJSON(),
    res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]),
  }));
  console.log('DOMContentLoaded at', Math.round(timing.nav.domContentLoadedEventStart), 'ms; load at', Math.round(timing.nav.loadEventStart), 'ms');
  console.log('resources [name, start, end]:', JSON.stringify(timing.res));
} finally {
  await browser.close();
  await server.close();
}
