// Server-side commands for the accessibility tests: what assistive technology gets from the
// browser, which in-page code cannot compute.
//   a11y-aria-snapshot {selector} → Playwright's ARIA snapshot (roles, names, states as the browser's
//                                   accessibility tree exposes them) of `selector` inside the
//                                   last page opened by visit() (the last iframe), shadow roots included
// Keys and media go through @web/test-runner-commands' own sendKeys and emulateMedia.
export function keyboardCommands() {
  return {
    name: 'portal-consent-keyboard-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-aria-snapshot') return undefined;
      const page = session.browser.getPage(session.id);
      const frame = page.locator('iframe').last().contentFrame();
      return frame.locator(payload?.selector ?? 'body').first().ariaSnapshot();
    },
  };
}
