import { LitElement, css, html, nothing } from 'lit';
import * as consent from '../../api.js';
import { translation } from '../../i18n/index.js';
import { CONSENT_LIFETIME_MONTHS } from '../../consent/record.js';
import { localize, type CookieDescription } from '../../services/service.js';
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
export class ConsentCookieTableElement extends LitElement {
  static override styles = css`
    :host { display: block; }
    div { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: start; font-weight: bold; padding: 0.5em 0; }
    th, td { border: 1px solid #8889; padding: 0.4em 0.6em; text-align: start; vertical-align: top; }
    button { font: inherit; margin-top: 0.75em; padding: 0.5em 1em; }
  `;

  #stops: (() => unknown)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this.#stops = [consent.store.subscribe(refresh), consent.onConfigure(refresh)];
    addEventListener('load', () => consent.currentConfig() || warn('<consent-cookie-table> needs a <cookie-consent> on the page.'), { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#stops) stop();
  }

  protected override render() {
    const config = consent.currentConfig();
    if (!config) return nothing;
    const texts = translation(config.lang);
    const t = texts.table;
    const record = consent.getConsent();
    const lifetime = (days?: number) =>
      days === undefined ? '—' : days === 0 ? t.session : days < 30 ? t.days(days) : t.months(Math.round(days / 30.44));
    // A service without its own policy (self-hosted Matomo, the consent cookie) is covered by the portal's.
    const policy = (url = config.policyUrl, name = texts.policyLink) =>
      url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name}</a>` : '—';
    const row = (category: string, service: string, cookie: CookieDescription | undefined, link: unknown, choice: string) =>
      html`<tr>
        <td>${category}</td>
        <td>${service}</td>
        <th scope="row">${cookie ? html`<code>${cookie.name}</code>` : texts.noCookie}</th>
        <td>${lifetime(cookie?.days)}</td>
        <td>${localize(cookie?.purpose, config.lang)}</td>
        <td>${link}</td>
        <td>${choice}</td>
      </tr>`;
    return html`<div lang=${config.lang}>
      <table part="table">
        <caption>${t.caption}</caption>
        <thead><tr>
          ${[t.category, t.service, t.cookie, t.lifetime, t.purpose, t.policy, t.yourChoice].map((h) => html`<th scope="col">${h}</th>`)}
        </tr></thead>
        <tbody>${config.categories.map((category) =>
          category.required
            ? row(category.label, config.controller || location.hostname, { name: config.cookieName, days: CONSENT_LIFETIME_MONTHS * 30.44, purpose: t.consentCookie }, policy(), texts.alwaysOn)
            : config.services
                .filter((service) => service.category === category.name)
                .flatMap((service) => {
                  const choice = !record ? t.notChosen : consent.hasConsent(service.name) ? t.granted : t.refused;
                  const cookies = service.cookies.length ? service.cookies : [undefined];
                  return cookies.map((cookie) => row(category.label, service.label, cookie, service.policyUrl ? policy(service.policyUrl, texts.servicePolicy(service.label)) : policy(), choice));
                }),
        )}</tbody>
      </table>
    </div>
    <button type="button" part="button" lang=${config.lang} @click=${() => consent.showPreferences()}>${t.change}</button>`;
  }
}

define('consent-cookie-table', ConsentCookieTableElement);

declare global {
  interface HTMLElementTagNameMap {
    'consent-cookie-table': ConsentCookieTableElement;
  }
}
