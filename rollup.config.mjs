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
// build does for its internals): the configuration read from attributes, the store and its settings,
// service and category descriptions, the text keys, the base element's internals. A name listed here
// is shortened everywhere in the bundle, on any object: so only names that no page, server, stored
// value or browser API reads belong here. Never the record's or the receipt's fields (JSON in a cookie
// and on the controller's server), the API's function names (on window.cookieConsent), gtag's or
// js-cookie's option names, category names (keys of the texts and values in records), `lang` or
// `name` (read on DOM objects too), or what a page may use on the elements as on a LitElement
// (`updateComplete`, `requestUpdate`, `renderRoot`). A name missing from this list only costs
// bytes; a wrong one breaks the bundle, which every test runs against.
// Lit's own `_$…` properties are shortened too: Lit keeps them long only so that separately built
// Lit packages on one page can work together, and this bundle holds the only copy its templates
// meet (-36 bytes). So are the fields of its template results and parts that only Lit and its
// directives read (`strings`, `parts`, `element`, `options`), for the same reason (-19 bytes).
const INTERNAL_PROPERTIES = [
  // ConsentConfig and CategoryConfig (config.ts), ServiceDefinition and CookieDescription (service.ts)
  'consentLogUrl', 'controller', 'cookieDomain', 'cookieName', 'gaId', 'matomoSiteId', 'matomoUrl', 'reloadOnWithdraw',
  'statisticsMode', 'label', 'description', 'required', 'category', 'cookies', 'purpose', 'days',
  // The store (store.ts) and the base element (template-element.ts)
  'adopt', 'configure', 'objections', 'record', 'settings', 'storage', 'subscribe', 'styles', 'willUpdate',
  // Translation (i18n/translation.ts); not acceptAll and refuseAll, which are also API names, nor title, close
  // and download, which the DOM has too
  'allow', 'alwaysOn', 'bannerMessage', 'blocked', 'caption', 'change', 'columns', 'consentCookie', 'continueWithout',
  'customise', 'embed', 'exempt', 'failed', 'gpc', 'granted', 'months', 'noCookie', 'notChosen', 'objection', 'panelIntro',
  'policyLink', 'preferences', 'recordInfo', 'refused', 'region', 'save', 'saved', 'servicePolicy', 'session', 'sets',
  // Lit's template results and parts (see above)
  'element', 'options', 'parts', 'strings',
];

const terserOptions = {
  ecma: 2022,
  // The IIFE wraps everything, so its top level can be mangled and pruned (`toplevel`). Not
  // `module: true`, which would do the same but drop the IIFE's "use strict" as if it were a module:
  // the code is written as strict ES modules and must run so (7 bytes). The `unsafe*` families are
  // left off (except arrows, which only touches functions that use no `this`): they would save a few
  // dozen bytes at the cost of edge cases.
  toplevel: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  // `builtins`: the list above decides alone, even for a name the DOM also has (`label`, `required`).
  mangle: { properties: { builtins: true, regex: new RegExp(`^(${INTERNAL_PROPERTIES.join('|')}|_\\$.*)$`) } },
  // V8's explicit compile hint (Chrome 136+; other engines read a comment): most of the bundle runs on
  // the first visit (configuration, store, banner), so it is compiled eagerly, off the main thread
  // while the file downloads, instead of function by function on the main thread when first called.
  // Two A/B runs of 20 interleaved visits per build at 4× CPU slowdown (medians, with vs without):
  // longest task 238 vs 323 and 276 vs 312 ms, time to the buttons 618 vs 670 and 620 vs 681 ms.
  // It costs 22 bytes gzipped.
  // `ascii_only`: é or ’ are written \xe9 or \u2019 (same strings), so the file reads the same whatever
  // charset a page or server gives it, and gzips smaller than their UTF-8 bytes (-37 bytes). Terser keeps
  // the raw text of tagged templates (html``, css``), so they write such characters escaped themselves.
  format: { comments: false, preamble: '//# allFunctionsCalledOnLoad', ascii_only: true },
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
