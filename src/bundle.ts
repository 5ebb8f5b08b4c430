/**
 * Entry of the script-tag build: everything from the npm entry, plus `window.cookieConsent`.
 * Included twice, the second copy leaves the first one's API and elements in place.
 */
import * as api from './index.js';

declare global {
  interface Window {
    cookieConsent: typeof api;
  }
}

if (!window.cookieConsent) window.cookieConsent = api;
