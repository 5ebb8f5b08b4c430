// Server-side test commands that reach the Playwright page behind a test: what the browser and
// the network really saw, which in-page code cannot fake.
//   pw-cookies             → every cookie of the context, with its expiry (seconds since epoch)
//   pw-clear-cookies       → removes them all
//   network-watch {stubs, replace}
//                          → from now on, every request to a host other than the test server is
//                            recorded and answered by a stub (url substring → { body, contentType,
//                            status, delay ms }), else aborted; `replace` drops the earlier stubs
//   pw-open {url}          → opens `url` in a new tab of the same context (a first-party page on
//                            another host, which an iframe of the test could not be)
//   pw-close {url}         → closes the tabs whose URL contains `url`
//   pw-frame-eval {url, script}
//                          → runs `script` in the frame (of any tab) whose URL contains `url`, returns
//                            { value } with its JSON-able result
//   network-log            → the recorded requests [{ url, host, resourceType }]
//   network-clear          → empties the record
const watched = new WeakMap();

function isLocal(url) {
  const { hostname } = new URL(url);
  // `*.localhost` is loopback too: tests use it for a host with parent domains (cookie domains).
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]';
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
        case 'pw-frame-eval': {
          const frame = context.pages().flatMap((p) => p.frames()).find((f) => f.url().includes(payload.url));
          if (!frame) throw new Error(`no frame at ${payload.url}`);
          // Wrapped: the runner takes a bare undefined or null for "command not handled".
          return { value: await frame.evaluate(payload.script) };
        }
        case 'pw-open': {
          const tab = await context.newPage();
          await tab.goto(payload.url);
          return true;
        }
        case 'pw-close':
          for (const tab of context.pages()) if (tab.url().includes(payload.url)) await tab.close();
          return true;
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
                if (stub.delay) await new Promise((resolve) => setTimeout(resolve, stub.delay));
                return route.fulfill({
                  status: stub.status ?? 200,
                  contentType: stub.contentType ?? 'text/javascript',
                  body: stub.body ?? '',
                  headers: { 'access-control-allow-origin': '*' },
                });
              },
            );
          }
          state.stubs = { ...(payload?.replace ? {} : state.stubs), ...(payload?.stubs ?? {}) };
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
