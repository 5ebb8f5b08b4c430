import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.mjs';
import { pagePlugin } from './test/support/page-plugin.mjs';
import { playwrightCommands } from './test/support/playwright-commands.mjs';
import { receiptEndpoint } from './test/support/receipt-endpoint.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const executablePath = await findBrowser();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Servers in tests bind loopback only.
  hostname: '127.0.0.1',
  concurrency: 2,
  reporters: [defaultReporter(), summaryReporter(process.env.TEST_SUMMARY_FILE ?? 'node_modules/.test-summary.json')],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pagePlugin(), playwrightCommands(), receiptEndpoint(), (await import('./test/support/keyboard-commands.mjs')).keyboardCommands()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
