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

// Property names that never leave the script-tag bundle, shortened by terser there (as Lit's own
// build does for its internals): the configuration read from attributes, the store's settings, the
// text keys and cookie descriptions. Only names no page, server or stored value can see belong here:
// never the record's or the receipt's fields (they are JSON in a cookie and on the controller's
// server), the API's function names (on window.cookieConsent), gtag's or js-cookie's option names,
// category names (keys of the texts and values in records), or what the tests read on the elements.
// A name missing from this list only costs bytes; a wrong one breaks the bundle, which every test
// runs against. DOM property names are never shortened (terser's own list), whatever is here.
const INTERNAL_PROPERTIES = [
  // ConsentConfig (config.ts), StoreSettings (store.ts), CookieDescription (service.ts)
  'consentLogUrl', 'cookieDomain', 'cookieName', 'gaId', 'matomoSiteId', 'matomoUrl', 'reloadOnWithdraw', 'statisticsMode',
  'objections', 'settings', 'purpose', 'days', 'willUpdate',
  // Translation (i18n/translation.ts); not acceptAll and refuseAll, which are also API names
  'alwaysOn', 'bannerMessage', 'blocked', 'change', 'consentCookie', 'continueWithout', 'customise', 'embed', 'exempt',
  'failed', 'gpc', 'granted', 'months', 'noCookie', 'notChosen', 'objection', 'panelIntro', 'policyLink', 'preferences',
  'recordInfo', 'refused', 'saved', 'servicePolicy', 'session', 'sets',
];

const terserOptions = {
  ecma: 2022,
  // The IIFE is strict and wraps everything, so its top level can be mangled and pruned like a
  // module's. The `unsafe*` families are left off (except arrows, which only touches functions
  // that use no `this`): they would save a few dozen bytes at the cost of edge cases.
  module: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  mangle: { properties: { regex: new RegExp(`^(${INTERNAL_PROPERTIES.join('|')})$`) } },
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
