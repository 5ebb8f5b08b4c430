/**
 * `window.cookieConsent`: the contract's functions for script-tag users. Its own module, imported by
 * the script-tag entry before the elements: a page listening for `consent-ready` can use it then,
 * and the first event fires while the elements are defined. Included twice, the second copy leaves
 * the first one's API in place.
 */
import { getConsent, hasConsent, acceptAll, refuseAll, update, showBanner, showPreferences, onConsent, reset } from './api.js';

const api = { getConsent, hasConsent, acceptAll, refuseAll, update, showBanner, showPreferences, onConsent, reset };

declare global {
  interface Window {
    cookieConsent: typeof api;
  }
}

window.cookieConsent ??= api;
