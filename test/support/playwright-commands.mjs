// Server-side test commands that reach the Playwright page behind a test: what the browser and
// the network really saw, which in-page code cannot fake.
//   pw-cookies             → every cookie of the context, with its expiry (seconds since epoch)
//   pw-clear-cookies       → removes them all
//   network-watch {stubs}  → from now on, every request to a host other than the test server is
//                            recorded and answered by a stub (url substring → body), else aborted
//   network-log            → the recorded requests [{ url, host, resourceType }]
//   network-clear          → empties the record
const watched = new WeakMap();

function isLocal(url) {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export function playwrightCommands() {
  return {
    name: 'portal-consent-playwright-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('pw-') && !command.startsWith('network-')) return undefined;
      const page = session.browser.getPage(session.id);
      const context = page.context();
      switch (command) {
        case 'pw-cookies':
          return context.cookies();
        case 'pw-clear-cookies':
          await context.clearCookies();
          return true;
        case 'network-watch': {
          let state = watched.get(context);
          if (!state) {
            state = { log: [], stubs: {} };
            watched.set(context, state);
            await context.route(
              (url) => !isLocal(url.href),
              async (route) => {
                const request = route.request();
                const url = request.url();
                state.log.push({ url, host: new URL(url).host, resourceType: request.resourceType() });
                const key = Object.keys(state.stubs).find((part) => url.includes(part));
                if (key === undefined) return route.abort('blockedbyclient');
                const stub = state.stubs[key];
                return route.fulfill({
                  status: stub.status ?? 200,
                  contentType: stub.contentType ?? 'text/javascript',
                  body: stub.body ?? '',
                  headers: { 'access-control-allow-origin': '*' },
                });
              },
            );
          }
          state.stubs = { ...state.stubs, ...(payload?.stubs ?? {}) };
          return true;
        }
        case 'network-log':
          return watched.get(context)?.log ?? [];
        case 'network-clear': {
          const state = watched.get(context);
          if (state) state.log.length = 0;
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
