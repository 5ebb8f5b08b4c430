import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { readConfig, serviceDescription, type CategoryConfig, type ConsentConfig } from '../../config/config.js';
import { translation, type Translation } from '../../i18n/index.js';
import type { ConsentRecord } from '../../consent/record.js';
import * as consent from '../../api.js';
import { define } from '../../util/define.js';
import { styles } from './cookie-consent.styles.js';

type Draft = Pick<ConsentRecord, 'categories' | 'services'>;

/**
 * The consent banner and preference panel. Configured by attributes alone; the consent logic lives
 * in `api.ts` and `consent/`, this element only shows it and passes the visitor's clicks on.
 *
 * @attr lang - `fr` or `en`; default: `<html lang>`, else English.
 * @attr controller - Who collects the data, named in the banner.
 * @attr policy-url - The privacy policy page.
 * @attr services - Built-in (`matomo google-analytics twitter facebook linkedin`) or declared services.
 * @attr categories - Categories to show; `necessary` is always there.
 * @attr revision - Bump it and every visitor is asked again.
 * @attr cookie-name - Name of the consent cookie (default `cookie_consent`).
 * @attr cookie-domain - Domain of the consent cookie, to share it across subdomains.
 * @attr matomo-url, matomo-site-id, statistics-mode, ga-id - Audience measurement.
 * @attr consent-log-url - Where each choice is sent as proof of consent.
 * @attr manage-button - Shows a small floating button that reopens the preferences.
 * @attr reload-on-withdraw - `false` to keep the page when a service that ran is withdrawn.
 *
 * @slot title - Replaces the banner's title.
 * @slot message - Replaces the banner's message.
 *
 * @csspart banner - The first layer, fixed at the bottom.
 * @csspart panel - The preference dialog.
 * @csspart button - Every action button.
 * @csspart manage-button - The floating button.
 *
 * @cssprop --consent-primary - Buttons and switches (default a dark blue).
 * @cssprop --consent-on-primary - Text on primary.
 * @cssprop --consent-text - Body text.
 * @cssprop --consent-background - Banner and panel background.
 * @cssprop --consent-radius - Corner radius.
 * @cssprop --consent-font - Font family (default: the page's).
 */
export class CookieConsentElement extends LitElement implements consent.ConsentUi {
  static override styles = styles;

  static override properties = {
    lang: { reflect: true },
    controller: {},
    policyUrl: { attribute: 'policy-url' },
    services: {},
    categories: {},
    revision: {},
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    matomoUrl: { attribute: 'matomo-url' },
    matomoSiteId: { attribute: 'matomo-site-id' },
    statisticsMode: { attribute: 'statistics-mode' },
    gaId: { attribute: 'ga-id' },
    consentLogUrl: { attribute: 'consent-log-url' },
    manageButton: { attribute: 'manage-button', type: Boolean },
    reloadOnWithdraw: { attribute: 'reload-on-withdraw' },
    _config: { state: true },
    _bannerOpen: { state: true },
    _draft: { state: true },
    _status: { state: true },
  };

  declare controller: string | undefined;
  declare policyUrl: string | undefined;
  declare services: string | undefined;
  declare categories: string | undefined;
  declare revision: string | undefined;
  declare cookieName: string | undefined;
  declare cookieDomain: string | undefined;
  declare matomoUrl: string | undefined;
  declare matomoSiteId: string | undefined;
  declare statisticsMode: string | undefined;
  declare gaId: string | undefined;
  declare consentLogUrl: string | undefined;
  declare manageButton: boolean;
  declare reloadOnWithdraw: string | undefined;
  declare _config: ConsentConfig | undefined;
  declare _bannerOpen: boolean;
  declare _draft: Draft;
  declare _status: string;

  #active = false;
  #children = new MutationObserver(() => this.#readConfig());
  #unsubscribe: (() => void) | undefined;
  #opener: Element | null = null;
  #beforeBanner: Element | null = null;

  constructor() {
    super();
    this.manageButton = false;
    this._bannerOpen = false;
    this._draft = { categories: {}, services: {} };
    this._status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#active = consent.registerUi(this);
    if (!this.#active) return;
    this.#children.observe(this, { childList: true, subtree: true, attributes: true });
    this.#unsubscribe = consent.store.subscribe((record) => {
      if (record) this._bannerOpen = false;
      this.requestUpdate();
    });
    // Children (<consent-service>…) come after the element while the page is parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#readConfig(), { once: true });
    } else {
      this.#readConfig();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children.disconnect();
    this.#unsubscribe?.();
    consent.unregisterUi(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const own = [...changed.keys()].some((key) => !String(key).startsWith('_'));
    if (own && this.hasUpdated) this.#readConfig();
  }

  /** Shows the first layer again, even after a choice. */
  showBanner(): void {
    this._bannerOpen = true;
  }

  /** Opens the preference panel; focus returns to `opener` when it closes. */
  showPreferences(opener: Element | null = document.activeElement): void {
    if (!this._config) return;
    this.#opener = opener;
    const record = consent.store.record;
    this._draft = {
      categories: { ...record?.categories },
      services: { ...record?.services },
    };
    void this.updateComplete.then(() => {
      const dialog = this.#dialog();
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  #readConfig(): void {
    if (!this.#active || !this.isConnected) return;
    const config = readConfig(this);
    this._config = config;
    consent.configure(config);
    this._bannerOpen = consent.store.record === null;
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #remember(event: FocusEvent): void {
    // Where the visitor was before tabbing into the banner: focus goes back there after a choice.
    if (event.relatedTarget instanceof Element && !this.contains(event.relatedTarget) && event.relatedTarget !== this) {
      this.#beforeBanner = event.relatedTarget;
    }
  }

  #chosen(texts: Translation): void {
    this._bannerOpen = false;
    this._status = texts.saved;
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
    else if (this.#beforeBanner?.isConnected) (this.#beforeBanner as HTMLElement).focus?.();
  }

  #acceptAll(texts: Translation): void {
    consent.acceptAll();
    this.#chosen(texts);
  }

  #refuseAll(texts: Translation): void {
    consent.refuseAll();
    this.#chosen(texts);
  }

  #save(texts: Translation): void {
    const config = this._config!;
    consent.update({
      categories: Object.fromEntries(config.categories.map((c) => [c.name, this._draft.categories[c.name] === true])),
      services: Object.fromEntries(config.services.map((s) => [s.name, this._draft.services[s.name] === true])),
    });
    this.#chosen(texts);
  }

  #toggleCategory(category: CategoryConfig, on: boolean): void {
    const categories = { ...this._draft.categories, [category.name]: on };
    const services = { ...this._draft.services };
    for (const service of this._config!.services) if (service.category === category.name) services[service.name] = on;
    this._draft = { categories, services };
  }

  #toggleService(name: string, category: string, on: boolean): void {
    const services = { ...this._draft.services, [name]: on };
    const members = this._config!.services.filter((s) => s.category === category);
    const categories = { ...this._draft.categories, [category]: members.every((s) => services[s.name]) };
    this._draft = { categories, services };
  }

  #onDialogClose(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  }

  protected override render() {
    const config = this._config;
    if (!config) return nothing;
    const texts = translation(config.lang);
    return html`
      ${this._bannerOpen ? this.#renderBanner(config, texts) : nothing}
      ${this.#renderPanel(config, texts)}
      ${this.manageButton && !this._bannerOpen
        ? html`<button type="button" class="manage" part="manage-button" lang=${config.lang}
            @click=${() => this.showPreferences()}>${texts.manage}</button>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
    `;
  }

  #renderBanner(config: ConsentConfig, texts: Translation) {
    const controller = config.controller || (config.lang === 'fr' ? 'Ce portail' : 'This portal');
    const optional = config.categories.filter((c) => !c.required);
    return html`
      <section class="banner" part="banner" role="region" aria-labelledby="banner-title" lang=${config.lang}
        @focusin=${(e: FocusEvent) => this.#remember(e)}>
        <div class="banner-body">
          <h2 id="banner-title" class="title"><slot name="title">${texts.bannerTitle}</slot></h2>
          <p class="message"><slot name="message">${texts.bannerMessage(controller)}</slot></p>
          ${optional.length
            ? html`<ul class="purposes" aria-label=${texts.bannerPurposes}>
                ${optional.map((c) => html`<li><strong>${c.label}</strong>${c.description ? html` : ${c.description}` : nothing}</li>`)}
              </ul>`
            : nothing}
          ${config.policyUrl ? html`<p><a class="policy" href=${config.policyUrl}>${texts.policyLink}</a></p>` : nothing}
        </div>
        <div class="actions">
          <button type="button" part="button" class="button" @click=${() => this.#refuseAll(texts)}>${texts.refuseAll}</button>
          <button type="button" part="button" class="button" @click=${() => this.#acceptAll(texts)}>${texts.acceptAll}</button>
          <button type="button" part="button" class="button" @click=${() => this.showPreferences()}>${texts.customise}</button>
        </div>
        <button type="button" class="continue" @click=${() => this.#refuseAll(texts)}>${texts.continueWithout} <span aria-hidden="true">✕</span></button>
      </section>
    `;
  }

  #renderPanel(config: ConsentConfig, texts: Translation) {
    const record = consent.store.record;
    return html`
      <dialog part="panel" class="panel" aria-labelledby="panel-title" lang=${config.lang} @close=${() => this.#onDialogClose()}>
        <div class="panel-head">
          <h2 id="panel-title" class="title">${texts.panelTitle}</h2>
          <button type="button" class="close" aria-label=${texts.close} title=${texts.close}
            @click=${() => this.#dialog()?.close()}>✕</button>
        </div>
        <p>${texts.panelIntro}</p>
        ${config.categories.map((category) => this.#renderCategory(config, category, texts))}
        ${record ? html`<p class="record">${texts.recordInfo(record.id, new Date(record.date).toLocaleString(config.lang))}</p>` : nothing}
        <div class="actions">
          <button type="button" part="button" class="button" @click=${() => this.#refuseAll(texts)}>${texts.refuseAll}</button>
          <button type="button" part="button" class="button" @click=${() => this.#acceptAll(texts)}>${texts.acceptAll}</button>
          <button type="button" part="button" class="button" @click=${() => this.#save(texts)}>${texts.save}</button>
        </div>
      </dialog>
    `;
  }

  #renderCategory(config: ConsentConfig, category: CategoryConfig, texts: Translation) {
    const id = `category-${category.name}`;
    const services = config.services.filter((s) => s.category === category.name);
    const on = category.required || this._draft.categories[category.name] === true;
    return html`
      <section class="category" aria-labelledby=${`${id}-label`}>
        <div class="row">
          <h3 class="category-name" id=${`${id}-label`}><label for=${id}>${category.label}</label></h3>
          <input type="checkbox" role="switch" class="switch" id=${id} .checked=${on} ?disabled=${category.required}
            aria-describedby=${`${id}-description`}
            @change=${(e: Event) => this.#toggleCategory(category, (e.target as HTMLInputElement).checked)} />
        </div>
        <p class="description" id=${`${id}-description`}>
          ${category.required ? html`<strong>${texts.alwaysOn}.</strong> ` : nothing}${category.description}
        </p>
        ${services.length
          ? html`<ul class="services" aria-label=${texts.servicesOf(category.label)}>
              ${services.map((service) => {
                const serviceId = `service-${service.name}`;
                const cookies = service.cookies.map((c) => c.name).join(', ') || texts.noCookie;
                return html`<li class="service">
                  <div class="row">
                    <label for=${serviceId}>${service.label}</label>
                    <input type="checkbox" role="switch" class="switch" id=${serviceId}
                      .checked=${this._draft.services[service.name] === true}
                      aria-describedby=${`${serviceId}-description`}
                      @change=${(e: Event) => this.#toggleService(service.name, category.name, (e.target as HTMLInputElement).checked)} />
                  </div>
                  <p class="description" id=${`${serviceId}-description`}>
                    ${serviceDescription(service, config.lang)} ${texts.sets}${cookies}.
                    ${service.policyUrl
                      ? html`<a href=${service.policyUrl} target="_blank" rel="noopener noreferrer">${texts.servicePolicy(service.label)}</a>`
                      : nothing}
                  </p>
                </li>`;
              })}
            </ul>`
          : nothing}
      </section>
    `;
  }
}

define('cookie-consent', CookieConsentElement);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
