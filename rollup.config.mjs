// Two builds from one source:
// - dist/portal-consent.js: one minified IIFE for a <script> tag, Lit and js-cookie inside;
// - dist/esm/: ES modules with .d.ts for npm, Lit and js-cookie left to the user's bundler.
// Both get the text of their css`` and html`` templates minified (scripts/minify-templates.mjs):
// no bundler or minifier downstream touches template text, so this is the only place it can happen.
// `npm test` checks the gzipped size of dist/portal-consent.js (scripts/check-size.mjs).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';

const terserOptions = {
  ecma: 2022,
  // The IIFE is strict and wraps everything, so its top level can be mangled and pruned like a
  // module's. The `unsafe*` families are left off (except arrows, which only touches functions
  // that use no `this`): they would save a few dozen bytes at the cost of edge cases.
  module: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  mangle: { properties: false },
  format: { comments: false },
};

export default [
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/portal-consent.js', format: 'iife', sourcemap: false },
    plugins: [
      // Lit is resolved to its production build (no "development" export condition).
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', outDir: undefined, rootDir: undefined }),
      minifyTemplates(),
      terser(terserOptions),
    ],
  },
  {
    input: 'src/index.ts',
    external: [/^lit(\/.*)?$/, /^@lit\//, 'js-cookie'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/esm', outDir: 'dist/esm' }),
      minifyTemplates(),
    ],
  },
];
