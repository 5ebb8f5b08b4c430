/**
 * Entry of the script-tag build: everything from the npm entry, plus `window.cookieConsent` with
 * the contract's functions. Included twice, the second copy leaves the first one's API and
 * elements in place.
 */
import { getConsent, hasConsent, acceptAll, refuseAll, update, showBanner, showPreferences, onConsent, reset } from './index.js';

const api = { getConsent, hasConsent, acceptAll, refuseAll, update, showBanner, showPreferences, onConsent, reset };

declare global {
  interface Window {
    cookieConsent: typeof api;
  }
}

window.cookieConsent ??= api;
