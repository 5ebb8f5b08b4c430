// `node bench/size-report.mjs`: what each module adds to dist/portal-consent.js, to know what to cut.
// Bundles src/bundle.ts as rollup.config.mjs does, then minifies each module's tree-shaken code on
// its own with the same terser options and reports:
// - min: its minified bytes;
// - gz alone: that code gzipped on its own (overstates: no shared dictionary);
// - gz marginal: gzip of all modules minus gzip of all modules but this one, i.e. about what
//   deleting it would save (understates for code that repeats what other modules say);
// - strings: bytes of its string and template literals after minification (texts, warnings, CSS).
// Estimates: the bundle's own figure is what scripts/check-size.mjs measures.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { parseAst } from 'rollup/parseAst';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import minifyTemplates from '../scripts/minify-templates.mjs';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const terserOptions = { ecma: 2022, module: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } };

function stringBytes(code) {
  let total = 0;
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Literal' && typeof node.value === 'string') total += node.end - node.start - 2;
    if (node.type === 'TemplateElement') total += node.end - node.start;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return total;
}

const bundle = await rollup({
  input: 'src/bundle.ts',
  plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: './tsconfig.json', outDir: undefined, rootDir: undefined }), minifyTemplates()],
  onwarn() {},
});
const { output } = await bundle.generate({ format: 'es' });
const chunk = output[0];
const modules = [];
for (const [id, info] of Object.entries(chunk.modules)) {
  if (!info.code || !info.code.trim()) continue;
  // Wrapped so that its top-level names mangle and nothing is dropped as unused.
  const { code } = await minify(`export default function(){${info.code}}`, { ...terserOptions, compress: { ...terserOptions.compress, unused: false } });
  modules.push({ name: relative(process.cwd(), id).replace(/^node_modules\//, '').replace(/\\/g, '/'), min: code.length, alone: gz(code), code, strings: stringBytes(code) });
}
const all = modules.map((m) => m.code).join('\n');
const total = gz(all);
for (const m of modules) m.marginal = total - gz(modules.filter((o) => o !== m).map((o) => o.code).join('\n'));

const group = (name) =>
  name.startsWith('lit') || name.startsWith('@lit') ? 'Lit' : name.startsWith('js-cookie') ? 'js-cookie' : name.split('/').slice(0, 2).join('/');
const groups = new Map();
for (const m of modules) {
  const g = groups.get(group(m.name)) ?? { min: 0, marginal: 0, strings: 0 };
  g.min += m.min;
  g.marginal += m.marginal;
  g.strings += m.strings;
  groups.set(group(m.name), g);
}
const pad = (value, width) => String(value).padStart(width);
console.log(`All modules, minified one by one then joined: ${all.length} bytes, ${total} gzipped\n`);
console.log(`${'module'.padEnd(56)}${pad('min', 8)}${pad('gz alone', 10)}${pad('gz marg.', 10)}${pad('strings', 9)}`);
for (const m of modules.sort((a, b) => b.marginal - a.marginal)) {
  console.log(`${m.name.padEnd(56)}${pad(m.min, 8)}${pad(m.alone, 10)}${pad(m.marginal, 10)}${pad(m.strings, 9)}`);
}
console.log(`\n${'group'.padEnd(56)}${pad('min', 8)}${pad('', 10)}${pad('gz marg.', 10)}${pad('strings', 9)}`);
for (const [name, g] of [...groups].sort((a, b) => b[1].marginal - a[1].marginal)) {
  console.log(`${name.padEnd(56)}${pad(g.min, 8)}${pad('', 10)}${pad(g.marginal, 10)}${pad(g.strings, 9)}`);
}
