// Writes bench/results.md: one table, each figure with its ratio to portal-consent's, then notes.
import { writeFileSync } from 'node:fs';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');

/** "3.2×" (peer / ours), or "" when the ratio means nothing (ours is 0 or the figure is missing). */
function ratio(peer, ours) {
  if (!Number.isFinite(peer) || !Number.isFinite(ours) || ours <= 0) return '';
  return ` (${(peer / ours).toFixed(1)}×)`;
}

export function describeMachine(meta) {
  return `${meta.cpus} cores (${meta.cpuModel}), Node ${meta.node.replace(/^v/, '')}, Chromium ${meta.chromium} headless, CPU slowed ${meta.cpuSlowdown}× (CDP Emulation.setCPUThrottlingRate)`;
}

export function tableOf(results) {
  const libraries = results.filter((r) => r.id !== 'baseline');
  const ours = libraries.find((r) => r.id === 'portal-consent');
  const lines = [
    '| Library | Own files, raw | Own files, gzip -9 | Accept + refuse visible | Blocking time (long tasks) | Layout shift | JS heap growth | Third-party requests before a choice |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of libraries) {
    const name = r.id === ours.id ? `**${r.name}** (this build)` : `${r.name} ${r.version}`;
    lines.push(
      `| ${name} | ${kb(r.bytes.raw)} KB${ratio(r.bytes.raw, ours.bytes.raw)} | ${kb(r.bytes.gzip)} KB${ratio(r.bytes.gzip, ours.bytes.gzip)}` +
        ` | ${ms(r.buttonsMs)} ms${ratio(r.buttonsMs, ours.buttonsMs)} | ${ms(r.tbtMs)} ms (${r.longTasks})${ratio(r.tbtMs, ours.tbtMs)}` +
        ` | ${r.cls.toFixed(3)} | ${kb(r.heapGrowthBytes)} KB${ratio(r.heapGrowthBytes, ours.heapGrowthBytes)} | ${r.thirdPartyRequests} |`,
    );
  }
  return lines.join('\n');
}

export function writeReport(file, meta, results) {
  const table = tableOf(results);
  const baseline = results.find((r) => r.id === 'baseline');
  const notes = results
    .filter((r) => r.id !== 'baseline')
    .map((r) => {
      const failed = r.failed ? ` ${r.failed} of ${r.runs} runs failed (see results.json).` : '';
      const third = r.thirdPartyUrls.length ? ` Third-party requests: ${r.thirdPartyUrls.map((u) => `\`${u}\``).join(', ')}.` : '';
      return `- ${r.name}: ${r.files.map((f) => `\`${f}\``).join(', ')}.${third}${failed}`;
    })
    .join('\n');
  const spread = results
    .filter((r) => r.id !== 'baseline' && r.buttonsQuartilesMs)
    .map((r) => `${r.name} ${r.buttonsQuartilesMs.map(ms).join('–')} ms`)
    .join(', ');
  const text = `# Benchmark: portal-consent and the consent libraries portals use

Run on ${meta.date}: ${describeMachine(meta)}. ${meta.runs} runs per library, interleaved, each in a
fresh browser context (first visit, banner shown); medians. Load average at start and end of the
run: ${meta.loadAverage.join(' and ')} (timings are only comparable within one run). \`npm run bench\` to run it again.

${table}

Ratios in brackets are the peer's figure divided by portal-consent's (higher is worse for the peer).

Time to the buttons, middle half of the visits (first to third quartile): ${spread}. Two medians
whose ranges overlap are not told apart by one run.

![Benchmark chart](chart.png)

## What is measured
- **Own files**: every file of the library the page loads for the banner (scripts, CSS, language and
  service files it fetches itself), raw and gzipped at level 9. The page and its configuration do not count.
- **Accept + refuse visible**: from navigation start until both buttons are visible (checked every
  frame: in the layout, not hidden, not transparent, in the viewport).
- **Blocking time**: total blocking time of the long tasks (PerformanceObserver \`longtask\`, the part
  of each task over 50 ms) from navigation start until ${meta.settleMs} ms after the buttons show; the
  number of long tasks in brackets. The same page without a library: ${ms(baseline.tbtMs)} ms.
- **Layout shift**: cumulative layout shift over the same window.
- **JS heap growth**: \`JSHeapUsedSize\` (CDP \`Performance.getMetrics\`, after a forced garbage
  collection) ${meta.settleMs} ms after the buttons show, minus the same figure for the page without a
  library (${kb(baseline.heapBytes)} KB).
- **Third-party requests before a choice**: requests to any host other than 127.0.0.1 (all of them
  fail: the browser resolves no other host) until the end of the window. Each library is set up as
  its README says, with its defaults; tarteaucitron's \`matomo\` service is its "privacy by design"
  one (\`needConsent: false\`), so it loads the tracker before any choice unless \`alwaysNeedConsent\`
  is set.

## Files and requests
${notes}
`;
  writeFileSync(file, text);
  return table;
}
