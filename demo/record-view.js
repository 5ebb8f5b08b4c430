// Demo only: shows the current consent record live, as a portal's front-end could read it.
const output = document.getElementById('record');
const show = () => {
  const record = window.cookieConsent.getConsent();
  output.textContent = record ? JSON.stringify(record, null, 2) : 'Aucun choix pour l’instant.';
};
document.addEventListener('consent-ready', show);
document.addEventListener('consent-change', show);
document.getElementById('reset').addEventListener('click', () => window.cookieConsent.reset());
if (window.cookieConsent) show();
