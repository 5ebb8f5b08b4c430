// Serves test pages: `/__page?body=…` answers a whole HTML page that loads the script-tag build
// (dist/portal-consent.js) as a portal would, with `body` (and optional `head`) as its markup.
// A test opens it in an iframe: same origin, same cookies, and a new "visit" every load.
// `now=<ms>` starts the page's clock at that time, so expiry can be tested without waiting 13 months.
// `csp=<policy>` sends that Content-Security-Policy header; a `'nonce-…'` in it goes on the page's own
// scripts, and every `securitypolicyviolation` is kept in `window.__violations`.
export function pagePlugin() {
  return {
    name: 'portal-consent-test-pages',
    serve(context) {
      if (!context.path.startsWith('/__page')) return undefined;
      const query = context.URL.searchParams;
      const nonce = /'nonce-([\w+/=-]+)'/.exec(query.get('csp') ?? '')?.[1];
      const n = nonce ? ` nonce="${nonce}"` : '';
      const now = query.get('now');
      const lang = query.get('lang') ?? 'fr';
      const clock = now
        ? `<script${n}>(() => {
            const RealDate = Date;
            const offset = ${Number(now)} - RealDate.now();
            class FakeDate extends RealDate {
              constructor(...args) { if (args.length) super(...args); else super(RealDate.now() + offset); }
              static now() { return RealDate.now() + offset; }
            }
            window.Date = FakeDate;
          })();</script>`
        : '';
      const bundle = query.get('bundle') === '0' ? '' : `<script src="/dist/portal-consent.js" defer${n}></script>`;
      const body = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test page</title>
${clock}
<script${n}>
  // What the visitor's page saw, for the test to read: warnings and consent events.
  window.__warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.__warnings.push(args.join(' ')); warn(...args); };
  window.__events = [];
  for (const type of ['consent-ready', 'consent-change']) {
    document.addEventListener(type, (event) => window.__events.push({ type, detail: event.detail }));
  }
  window.__errors = [];
  window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI));
</script>
${query.get('head') ?? ''}
${bundle}
</head>
<body>
${query.get('body') ?? ''}
</body>
</html>`;
      const csp = query.get('csp');
      if (csp) context.set('Content-Security-Policy', csp);
      return { body, type: 'html' };
    },
  };
}
