// `npm run bench`: portal-consent against the consent libraries portals use today, on one portal
// page, in headless Chromium with a 4× CPU slowdown. Writes bench/results.md, bench/results.json
// and bench/chart.png. Not a test: timings vary from machine to machine and nothing here gates.
//
// Method (issue 7): pages served from 127.0.0.1 by scripts/static-server.mjs; every other host
// is unreachable (Chromium's resolver maps it to nothing) and each attempt is recorded. A fresh
// browser context per run, libraries interleaved (A B C D E A B C D E …), medians over RUNS runs.
// BENCH_RUNS=n changes the number of runs (default 15).
import { chromium } from 'playwright';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { startStaticServer } from '../scripts/static-server.mjs';
import { findBrowser, CHROMIUM_ARGS } from '../scripts/find-browser.mjs';
import { LIBRARIES, BASELINE } from './libraries.mjs';
import { renderChart } from './chart.mjs';
import { writeReport } from './report.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CPU_SLOWDOWN = 4;
const SETTLE_MS = 1000; // after the buttons show: late long tasks, shifts and requests still count
const BANNER_TIMEOUT_MS = 20_000;

// Stops by itself whatever happens: a stuck page must not keep a CI job or a terminal busy.
const watchdog = setTimeout(() => {
  console.error('[bench] took more than 12 minutes: stopped.');
  process.exit(2);
}, 12 * 60_000);
watchdog.unref();

/** The value below which a share `q` of the finite values lie (linear between neighbours). */
const quantile = (values, q) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function writePages() {
  const template = readFileSync(join(HERE, 'portal.html'), 'utf8');
  mkdirSync(join(HERE, 'pages'), { recursive: true });
  for (const lib of [...LIBRARIES, BASELINE]) {
    const page = template
      .replace('{{NAME}}', lib.name)
      .replace('{{HEAD}}', lib.head)
      .replace('{{BODY_START}}', lib.bodyStart)
      .replace('{{BODY_END}}', lib.bodyEnd);
    writeFileSync(join(HERE, 'pages', `${lib.id}.html`), page);
  }
}

/** Runs in the page before anything else: observers, and a per-frame look for the two buttons. */
function probe({ accept, refuse }) {
  const state = { buttonsAt: null, longTasks: [], cls: 0 };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  if (!accept) return;
  const acceptRe = new RegExp(accept);
  const refuseRe = new RegExp(refuse);
  const shown = (element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const find = (root, re) => {
    for (const element of root.querySelectorAll('button, a, [role="button"]')) {
      if (re.test(element.textContent.replace(/\s+/g, ' ').trim()) && shown(element)) return true;
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot && find(element.shadowRoot, re)) return true;
    return false;
  };
  const frame = () => {
    if (document.body && find(document, acceptRe) && find(document, refuseRe)) state.buttonsAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measure(browser, origin, lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const ownFiles = new Set();
  const thirdParty = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol)) return;
    if (url.origin !== origin) thirdParty.push(request.url());
    else if (lib.files.some((prefix) => url.pathname.startsWith(prefix))) ownFiles.add(url.pathname);
  });
  await page.addInitScript(probe, { accept: lib.accept?.source, refuse: lib.refuse?.source });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable');
  let error;
  try {
    await page.goto(`${origin}/bench/pages/${lib.id}.html`, { waitUntil: 'load' });
    if (lib.accept) await page.waitForFunction(() => window.__bench.buttonsAt !== null, null, { timeout: BANNER_TIMEOUT_MS, polling: 50 });
    await page.waitForTimeout(SETTLE_MS);
  } catch (caught) {
    error = caught.message.split('\n')[0];
  }
  const state = await page.evaluate(() => window.__bench);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const blocking = state.longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return {
    error,
    buttonsAt: state.buttonsAt ?? NaN,
    tbt: blocking,
    longTasks: state.longTasks.length,
    longest: state.longTasks.reduce((max, [, duration]) => Math.max(max, duration), 0),
    cls: state.cls,
    heap,
    thirdParty,
    files: [...ownFiles].sort(),
  };
}

function fileSizes(paths) {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const body = readFileSync(join(ROOT, decodeURIComponent(path)));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function main() {
  writePages();
  const executablePath = await findBrowser();
  const server = await startStaticServer({ root: ROOT, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const version = browser.version();
  const all = [...LIBRARIES, BASELINE];
  const runs = Object.fromEntries(all.map((lib) => [lib.id, []]));
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  try {
    // One round to warm the server and the disk cache, not counted.
    for (const lib of all) await measure(browser, server.url, lib);
    for (let round = 1; round <= RUNS; round += 1) {
      for (const lib of all) {
        const result = await measure(browser, server.url, lib);
        if (result.error) console.warn(`[bench] ${lib.id} run ${round}: ${result.error}`);
        runs[lib.id].push(result);
      }
      process.stdout.write(`\r[bench] round ${round}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    process.stdout.write('\n');
  } finally {
    await browser.close();
    await server.close();
  }

  const baselineHeap = median(runs.baseline.map((r) => r.heap));
  const results = all.map((lib) => {
    const list = runs[lib.id];
    const files = [...new Set(list.flatMap((r) => r.files))].sort();
    return {
      id: lib.id,
      name: lib.name,
      version: lib.package ? JSON.parse(readFileSync(join(ROOT, 'node_modules', lib.package, 'package.json'), 'utf8')).version : lib.version,
      runs: list.length,
      failed: list.filter((r) => r.error).length,
      files,
      bytes: fileSizes(files),
      buttonsMs: median(list.map((r) => r.buttonsAt)),
      // The middle half of the visits: how far one visit may be from the median on this machine.
      buttonsQuartilesMs: [quantile(list.map((r) => r.buttonsAt), 0.25), quantile(list.map((r) => r.buttonsAt), 0.75)],
      tbtMs: median(list.map((r) => r.tbt)),
      longTasks: median(list.map((r) => r.longTasks)),
      longestTaskMs: median(list.map((r) => r.longest)),
      cls: median(list.map((r) => r.cls)),
      heapBytes: median(list.map((r) => r.heap)),
      heapGrowthBytes: median(list.map((r) => r.heap - baselineHeap)),
      thirdPartyRequests: median(list.map((r) => r.thirdParty.length)),
      thirdPartyUrls: [...new Set(list.flatMap((r) => r.thirdParty))].sort(),
    };
  });
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    chromium: version,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpuSlowdown: CPU_SLOWDOWN,
    runs: RUNS,
    settleMs: SETTLE_MS,
    seconds: Math.round((Date.now() - started) / 1000),
    // Other work on the machine slows every library alike (runs are interleaved) but widens the spread.
    loadAverage: [loadBefore, os.loadavg()[0]].map((v) => Number(v.toFixed(1))),
  };
  writeFileSync(join(HERE, 'results.json'), `${JSON.stringify({ meta, results, raw: runs }, null, 1)}\n`);
  const table = writeReport(join(HERE, 'results.md'), meta, results);
  console.log(table);
  await renderChart(executablePath, join(HERE, 'chart.png'), meta, results);
  console.log(`[bench] wrote bench/results.md, bench/results.json, bench/chart.png in ${meta.seconds} s`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
