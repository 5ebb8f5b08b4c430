/**
 * Entry of the script-tag build: `window.cookieConsent` first, then everything the npm entry
 * registers (the elements, whose first configuration fires `consent-ready`).
 */
// Lit's template engine opens the file, as when the elements came first: the order of modules
// changes how well the file compresses (about 40 bytes gzipped here).
import 'lit/html.js';
import './window-api.js';
import './index.js';
