// Draws bench/chart.png: one bar chart per measure, as SVG in a page, screenshotted by the same
// headless Chromium (no charting dependency).
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../scripts/find-browser.mjs';
import { describeMachine } from './report.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PANELS = [
  { title: 'Own files, gzipped (KB)', value: (r) => r.bytes.gzip / 1024, digits: 1 },
  { title: 'Accept + refuse visible (ms)', value: (r) => r.buttonsMs, digits: 0 },
  { title: 'Blocking time, long tasks (ms)', value: (r) => r.tbtMs, digits: 0 },
  { title: 'JS heap growth (KB)', value: (r) => r.heapGrowthBytes / 1024, digits: 0 },
  { title: 'Layout shift (CLS)', value: (r) => r.cls, digits: 3 },
  { title: 'Third-party requests before a choice', value: (r) => r.thirdPartyRequests, digits: 0 },
];

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function panel({ title, value, digits }, results) {
  const width = 440;
  const label = 168;
  const row = 30;
  const top = 34;
  const values = results.map((r) => (Number.isFinite(value(r)) ? Math.max(0, value(r)) : 0));
  const max = Math.max(...values) || 1;
  const bars = results
    .map((r, index) => {
      const y = top + index * row;
      const length = ((width - label - 70) * values[index]) / max;
      const ours = r.id === 'portal-consent';
      return `<text x="${label - 8}" y="${y + 15}" text-anchor="end" class="${ours ? 'ours' : ''}">${escape(r.name)}</text>
        <rect x="${label}" y="${y + 2}" width="${Math.max(length, 1.5)}" height="${row - 10}" rx="3" fill="${ours ? '#1f3a68' : '#9aa3b5'}"/>
        <text x="${label + Math.max(length, 1.5) + 6}" y="${y + 15}" class="value">${values[index].toFixed(digits)}</text>`;
    })
    .join('');
  const height = top + results.length * row + 6;
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
    <text x="0" y="18" class="title">${escape(title)}</text>${bars}</svg>`;
}

export async function renderChart(executablePath, file, meta, results) {
  const libraries = results.filter((r) => r.id !== 'baseline');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><style>
    body { margin: 0; } #chart { padding: 16px 20px; font: 13px/1.3 system-ui, sans-serif; color: #1b1b1f; background: #fff; }
    h1 { font-size: 18px; margin: 0 0 4px; } p { margin: 0 0 16px; color: #4a4a55; }
    .grid { display: grid; grid-template-columns: repeat(3, 440px); gap: 18px 28px; }
    text { font: 13px system-ui, sans-serif; fill: #1b1b1f; } .title { font-weight: 700; font-size: 14px; }
    .ours { font-weight: 700; } .value { fill: #4a4a55; }
  </style><body><div id="chart">
    <h1>portal-consent and the consent libraries portals use: medians of ${meta.runs} first visits (lower is better)</h1>
    <p>${escape(meta.date)}: ${escape(describeMachine(meta))}</p>
    <div class="grid">${PANELS.map((p) => panel(p, libraries)).join('')}</div></div></body></html>`;
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 600 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.locator('#chart').screenshot({ path: file });
  } finally {
    await browser.close();
  }
}

// `node bench/chart.mjs`: draws the chart again from bench/results.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { meta, results } = JSON.parse(readFileSync(new URL('results.json', import.meta.url), 'utf8'));
  await renderChart(await findBrowser(), fileURLToPath(new URL('chart.png', import.meta.url)), meta, results);
}
