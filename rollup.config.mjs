// Two builds from one source:
// - dist/portal-consent.js: one minified IIFE for a <script> tag, Lit and js-cookie inside;
// - dist/esm/: ES modules with .d.ts for npm, Lit and js-cookie left to the user's bundler.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const terserOptions = {
  ecma: 2022,
  module: false,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  mangle: { properties: false },
  format: { comments: false },
};

export default [
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/portal-consent.js', format: 'iife', sourcemap: false },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', outDir: undefined, rootDir: undefined }),
      terser(terserOptions),
    ],
  },
  {
    input: 'src/index.ts',
    external: [/^lit(\/.*)?$/, /^@lit\//, 'js-cookie'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/esm', outDir: 'dist/esm' }),
    ],
  },
];
