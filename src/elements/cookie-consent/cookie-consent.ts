import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { readConfig, serviceDescription, type CategoryConfig, type ConsentConfig } from '../../config/config.js';
import { translation, type Translation } from '../../i18n/index.js';
import type { ConsentRecord } from '../../consent/record.js';
import * as consent from '../../api.js';
import { downloadReceipt, toReceipt } from '../../consent/receipt.js';
import { gpcSignal } from '../../consent/gpc.js';
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
 * @csspart title - The banner's and the panel's titles.
 * @csspart button - Every action button (the three choices look the same: keep it so).
 * @csspart close - "Continuer sans accepter" and the panel's close button.
 * @csspart switch - Every switch of the panel.
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
    _panelRendered: { state: true },
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
  /** The panel is rendered on first use only: most visits never open it, and the first render is on every page's critical path. */
  declare _panelRendered: boolean;

  #active = false;
  #children = new MutationObserver(() => this.#readConfig());
  #unsubscribe: (() => void) | undefined;
  #opener: Element | null = null;
  #beforeBanner: Element | null = null;
  #moving = false;
  #bottom = new ResizeObserver(() => this.#reserve());
  #fixed: Element | null = null;
  #pageStyle: string[] | undefined;

  constructor() {
    super();
    this.manageButton = false;
    this._bannerOpen = false;
    this._draft = { categories: {}, services: {} };
    this._status = '';
    this._panelRendered = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Only moved to the top of <body> (see #moveFirst): same element, nothing to set up again.
    if (this.#moving) return;
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
    if (this.#moving) return;
    this.#watchBottom(null);
    this.#children.disconnect();
    this.#unsubscribe?.();
    consent.unregisterUi(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const own = [...changed.keys()].some((key) => !String(key).startsWith('_'));
    if (own && this.hasUpdated) this.#readConfig();
  }

  protected override updated(): void {
    const banner = this.renderRoot.querySelector('.banner');
    if (banner) this.#moveFirst();
    this.#watchBottom(banner ?? this.renderRoot.querySelector('.manage'));
  }

  /**
   * While the banner asks, the element is the first child of <body>, wherever the admin put it: the
   * banner is then the first thing met by Tab and by a screen reader (RGAA 12.8, 12.11).
   */
  #moveFirst(): void {
    const body = document.body;
    if (body.firstElementChild === this || this.getRootNode() !== document || this.#dialog()?.open) return;
    this.#moving = true;
    body.prepend(this);
    this.#moving = false;
  }

  /** Watches what is fixed at the bottom (the banner, else the manage button) to keep it clear. */
  #watchBottom(element: Element | null): void {
    if (element === this.#fixed) return;
    this.#bottom.disconnect();
    this.#fixed = element;
    if (element) this.#bottom.observe(element);
    else this.#reserve();
  }

  /**
   * Gives the page bottom padding and scroll padding as tall as what is fixed over it, so that a
   * focused element is scrolled above it, never under it (WCAG 2.4.11). The page's own inline
   * values come back once nothing is fixed there any more.
   */
  #reserve(): void {
    const root = document.documentElement.style;
    const body = document.body.style;
    const fixed = this.#fixed as HTMLElement | null;
    // Its height and offset from the bottom, not its box on screen: the banner slides in (transform).
    const height = fixed?.isConnected ? Math.ceil(fixed.offsetHeight + parseFloat(getComputedStyle(fixed).bottom)) : 0;
    if (height > 0) {
      this.#pageStyle ??= [root.scrollPaddingBottom, body.paddingBottom, getComputedStyle(document.body).paddingBottom];
      root.scrollPaddingBottom = `${height}px`;
      body.paddingBottom = `calc(${this.#pageStyle[2]} + ${height}px)`;
    } else if (this.#pageStyle) {
      [root.scrollPaddingBottom, body.paddingBottom] = this.#pageStyle;
      this.#pageStyle = undefined;
    }
  }

  /** Shows the first layer again, even after a choice. */
  showBanner(): void {
    this._bannerOpen = true;
  }

  /** Opens the preference panel; focus returns to `opener` when it closes. */
  showPreferences(opener: Element | null = document.activeElement): void {
    if (!this._config) return;
    // A button inside another element's shadow root (a placeholder's) is the one to return to.
    while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
    this.#opener = opener;
    this._panelRendered = true;
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
    // (From one of our own controls to another, relatedTarget is in the shadow root: not "before".)
    const from = event.relatedTarget;
    if (from instanceof Element && from !== this && !this.contains(from) && !this.renderRoot.contains(from)) {
      this.#beforeBanner = from;
    }
  }

  #chosen(texts: Translation): void {
    this._bannerOpen = false;
    // A changed text each time (a no-break space comes and goes), so a second choice is announced too.
    this._status = this._status === texts.saved ? `${texts.saved}\u00a0` : texts.saved;
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
    else void this.#refocus(this.#beforeBanner);
  }

  /**
   * Once the banner or the panel is gone, focus goes to the first of `targets` still on the page,
   * else the manage button, else the page's main content: never lost to the top of the document.
   */
  async #refocus(...targets: (Element | null)[]): Promise<void> {
    await this.updateComplete;
    const main = document.querySelector<HTMLElement>('main, [role="main"]');
    for (const target of [...targets, this.renderRoot.querySelector('.manage'), main]) {
      if (!(target instanceof HTMLElement) || !target.isConnected) continue;
      // Like a skip link's target: focusable from script only.
      if (target === main && !main.hasAttribute('tabindex')) main.tabIndex = -1;
      target.focus({ preventScroll: target === main });
      if (target.matches(':focus')) return;
    }
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
      services: Object.fromEntries(
        [...config.services.map((s) => s.name), ...(consent.store.settings.objections ?? [])].map((n) => [n, this._draft.services[n] === true]),
      ),
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
    // Opened with nothing focused (from script, say): the browser puts focus back where it was.
    if (opener && opener !== document.body) void this.#refocus(opener, this.#beforeBanner);
  }

  /** Tab and Shift+Tab go round inside the panel instead of leaving the page (for the browser's UI). */
  #trapTab(event: KeyboardEvent): void {
    const dialog = this.#dialog();
    if (event.key !== 'Tab' || !dialog) return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,summary,[tabindex]')].filter(
      (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0,
    );
    const current = (this.renderRoot as ShadowRoot).activeElement;
    const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
    if (current === edge || !dialog.contains(current)) {
      event.preventDefault();
      (event.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
    }
  }

  protected override render() {
    const config = this._config;
    if (!config) return nothing;
    const texts = translation(config.lang);
    return html`
      ${this._bannerOpen ? this.#renderBanner(config, texts) : nothing}
      ${this._panelRendered ? this.#renderPanel(config, texts) : nothing}
      ${this.manageButton && !this._bannerOpen
        ? html`<button type="button" class="manage" part="manage-button" lang=${config.lang}
            @click=${(e: Event) => this.showPreferences(e.currentTarget as Element)}>${texts.manage}</button>`
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
        <div class="head">
          <h2 id="banner-title" class="title" part="title"><slot name="title">${texts.bannerTitle}</slot></h2>
          <button type="button" class="continue" part="close" @click=${() => this.#refuseAll(texts)}>${texts.continueWithout} <span aria-hidden="true">✕</span></button>
        </div>
        <div class="body">
          <p class="message"><slot name="message">${texts.bannerMessage(controller)}</slot></p>
          ${gpcSignal() ? html`<p class="gpc">${texts.gpc}</p>` : nothing}
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
          <button type="button" part="button" class="button" @click=${(e: Event) => this.showPreferences(e.currentTarget as Element)}>${texts.customise}</button>
        </div>
      </section>
    `;
  }

  #renderPanel(config: ConsentConfig, texts: Translation) {
    const record = consent.store.record;
    return html`
      <dialog part="panel" class="panel" aria-labelledby="panel-title" lang=${config.lang}
        @close=${() => this.#onDialogClose()} @keydown=${(e: KeyboardEvent) => this.#trapTab(e)}>
        <div class="panel-head">
          <h2 id="panel-title" class="title" part="title">${texts.panelTitle}</h2>
          <button type="button" class="close" part="close" aria-label=${texts.close} title=${texts.close}
            @click=${() => this.#dialog()?.close()}>✕</button>
        </div>
        <p>${texts.panelIntro}</p>
        ${config.categories.map((category) => this.#renderCategory(config, category, texts))}
        ${record
          ? html`<p class="record">${texts.recordInfo(record.id, new Date(record.date).toLocaleString(config.lang))}
              <button type="button" class="download" @click=${() => downloadReceipt(toReceipt(record, config.policyUrl))}>${texts.download}</button></p>`
          : nothing}
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
    // Exempt Matomo: consent only adds cookies; objecting stops the measurement itself.
    const objection = category.name === 'statistics' ? consent.store.settings.objections?.[0] : undefined;
    return html`
      <section class="category" role="group" aria-labelledby=${`${id}-label`}>
        <div class="row">
          <h3 class="category-name" id=${`${id}-label`}><label for=${id}>${category.label}</label></h3>
          <input type="checkbox" role="switch" class="switch" part="switch" id=${id} .checked=${on} ?disabled=${category.required}
            aria-describedby=${`${id}-description`}
            @change=${(e: Event) => this.#toggleCategory(category, (e.target as HTMLInputElement).checked)} />
        </div>
        <p class="description" id=${`${id}-description`}>
          ${category.required ? html`<strong>${texts.alwaysOn}.</strong> ` : nothing}${category.description}
          ${objection ? html`<strong>${texts.exempt}.</strong>` : nothing}
        </p>
        ${objection
          ? html`<div class="row">
              <label for="objection">${texts.objection}</label>
              <input type="checkbox" role="switch" class="switch" part="switch" id="objection" aria-describedby=${`${id}-description`}
                .checked=${this._draft.services[objection] === true}
                @change=${(e: Event) => (this._draft = { ...this._draft, services: { ...this._draft.services, [objection]: (e.target as HTMLInputElement).checked } })} />
            </div>`
          : nothing}
        ${services.length
          ? html`<ul class="services" aria-label=${texts.servicesOf(category.label)}>
              ${services.map((service) => {
                const serviceId = `service-${service.name}`;
                const cookies = service.cookies.map((c) => c.name).join(', ') || texts.noCookie;
                return html`<li class="service">
                  <div class="row">
                    <label for=${serviceId}>${service.label}</label>
                    <input type="checkbox" role="switch" class="switch" part="switch" id=${serviceId}
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
