// Demo only: shows live what Matomo does on this page, in which mode. `?mode=exempt` switches the
// banner to the CNIL consent-exempt setting (loaded before the library, so it reads it at once).
const mode = new URLSearchParams(location.search).get('mode') === 'exempt' ? 'exempt' : 'consent';
document.querySelector('cookie-consent')?.setAttribute('statistics-mode', mode);

let views = 0;

function state() {
  const api = window.cookieConsent;
  if (api?.hasConsent('matomo-objection')) return 'arrêté : vous vous y êtes opposé (plus aucune requête)';
  if (!document.querySelector('script[src$="matomo.js"]')) return 'ne tourne pas (rien n’est demandé au serveur Matomo)';
  if (api?.hasConsent('matomo')) return 'tourne, avec cookies (consentement donné, 13 mois au plus)';
  return 'tourne, sans cookie (exempté de consentement)';
}

function show() {
  const commands = Array.isArray(window._paq) ? window._paq.map((command) => command[0]) : [];
  const cookies = document.cookie.split('; ').map((pair) => pair.split('=')[0]).filter((name) => /^(_pk_|mtm_)/.test(name));
  const rows = [
    ['Mode', mode === 'exempt' ? 'exempté (statistics-mode="exempt")' : 'consentement (statistics-mode="consent")'],
    ['Matomo', state()],
    ['Commandes _paq en attente de matomo.js', commands.join(', ') || 'aucune'],
    ['Cookies Matomo sur l’appareil', cookies.join(', ') || 'aucun'],
    ['Vues simulées', String(views)],
  ];
  const list = document.getElementById('statistics-state');
  list.replaceChildren(
    ...rows.flatMap(([term, value]) => {
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = term;
      dd.textContent = value;
      return [dt, dd];
    }),
  );
}

document.addEventListener('DOMContentLoaded', () => {
  const other = mode === 'exempt' ? 'consent' : 'exempt';
  const link = document.getElementById('statistics-mode-link');
  link.href = `?mode=${other}`;
  link.textContent = other === 'exempt' ? 'Passer en mode exempté' : 'Passer en mode consentement';
  document.getElementById('statistics-navigate').addEventListener('click', () => {
    views += 1;
    // What a single-page portal does on a route change: the library counts one page view.
    history.pushState({}, '', `?mode=${mode}&vue=${views}`);
    document.title = `Vue ${views} — data.example.fr`;
    setTimeout(show, 50);
  });
  show();
});
document.addEventListener('consent-ready', show);
document.addEventListener('consent-change', show);
