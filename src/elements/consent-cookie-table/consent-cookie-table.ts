import { html } from 'lit/html.js';
import { TemplateElement, css } from '../template-element.js';
import * as consent from '../../api.js';
import { translations } from '../../i18n/index.js';
import { CONSENT_LIFETIME_MONTHS } from '../../consent/record.js';
import { localize, type ServiceDefinition } from '../../services/service.js';
import { define } from '../../util/define.js';
import { warn } from '../../util/warn.js';

/**
 * The cookie table of the portal's cookie policy page: every category, service and cookie the
 * page's `<cookie-consent>` manages, read from its configuration (one source of truth), with the
 * visitor's current choice and a button that opens the preferences.
 *
 * @csspart table - The table.
 * @csspart button - "Modifier mes choix".
 */
export class ConsentCookieTableElement extends TemplateElement {
  // The host scrolls sideways when the seven columns do not fit; the rest is the page's font and
  // colours (links too: the browser's blue is unreadable on a dark page).
  static override styles = css`
    :host { display: block; overflow-x: auto; }
    table { border-collapse: collapse; }
    caption, th, td { text-align: start; }
    th, td { border: 1px solid #8889; padding: 0.4em; }
    a { color: inherit; }
    button { font: inherit; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('load', () => consent.currentConfig() || warn('<consent-cookie-table> stays empty without a <cookie-consent>.'), { once: true });
  }

  protected override render() {
    const config = consent.currentConfig();
    if (!config) return;
    const texts = translations[config.lang];
    const record = consent.getConsent();
    // The consent cookie, listed as the controller's own service under "necessary".
    const consentCookie: Pick<ServiceDefinition, 'label' | 'cookies'> & Partial<ServiceDefinition> = {
      label: config.controller || location.hostname,
      cookies: [{ name: config.cookieName, days: CONSENT_LIFETIME_MONTHS * 30.44, purpose: texts.consentCookie }],
    };
    return html`<div lang=${config.lang}>
      <table part="table">
        <caption>${texts.caption}</caption>
        <thead><tr>
          ${texts.columns.map((h) => html`<th scope="col">${h}</th>`)}
        </tr></thead>
        <tbody>${config.categories.flatMap((category) =>
          (category.required ? [consentCookie] : config.services.filter((service) => service.category === category.name)).flatMap((service) => {
            // A service without its own policy (self-hosted Matomo, the consent cookie) is covered by the portal's.
            const link = service.policyUrl
              ? html`<a href=${service.policyUrl} target="_blank" rel="noopener noreferrer">${texts.servicePolicy(service.label)}</a>`
              : config.policyUrl
                ? html`<a href=${config.policyUrl} target="_blank" rel="noopener noreferrer">${texts.policyLink}</a>`
                : '—';
            const choice = category.required ? texts.alwaysOn : !record ? texts.notChosen : consent.hasConsent(service.name!) ? texts.granted : texts.refused;
            return (service.cookies.length ? service.cookies : [undefined]).map((cookie) => {
              const days = cookie?.days;
              return html`<tr>
                <td>${category.label}</td>
                <td>${service.label}</td>
                <th scope="row">${cookie?.name ?? texts.noCookie}</th>
                <td>${days === undefined ? '—' : days === 0 ? texts.session : days < 30 ? texts.days(days) : texts.months(Math.round(days / 30.44))}</td>
                <td>${localize(cookie?.purpose, config.lang)}</td>
                <td>${link}</td>
                <td>${choice}</td>
              </tr>`;
            });
          }),
        )}</tbody>
      </table>
      <p><button type="button" part="button" @click=${() => consent.showPreferences()}>${texts.change}</button></p>
    </div>`;
  }
}

define('consent-cookie-table', ConsentCookieTableElement);

declare global {
  interface HTMLElementTagNameMap {
    'consent-cookie-table': ConsentCookieTableElement;
  }
}
