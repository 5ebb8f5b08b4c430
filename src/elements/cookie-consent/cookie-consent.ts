import { html, nothing } from 'lit/html.js';
import { TemplateElement } from '../template-element.js';
import { readConfig, type CategoryConfig, type ConsentConfig } from '../../config/config.js';
import { localize } from '../../services/service.js';
import { translations, type Translation } from '../../i18n/index.js';
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
export class CookieConsentElement extends TemplateElement implements consent.ConsentUi {
  static override styles = styles;

  // The attributes above are read by `readConfig`, and watched by the MutationObserver below.
  #config: ConsentConfig | undefined;
  #bannerOpen = false;

  #active = false;
  /** Attribute changes on the element, its `<consent-category>`/`<consent-service>` children and `<html lang>`. */
  #changes = new MutationObserver(() => this.#readConfig());
  #unsubscribe: (() => void) | undefined;
  /**
   * The panel's switches, saved only by "Enregistrer mes choix"; set when the panel opens. Until
   * then the panel is not rendered: most visits never open it, and the first render is on every
   * page's critical path.
   */
  #draft: Draft | undefined;
  #status = '';
  #opener: Element | null = null;
  #beforeBanner: Element | null = null;
  #moving = false;
  #bottom = new ResizeObserver(([entry]) => this.#reserve(entry!.target as HTMLElement));
  #pageStyle: string[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Only moved to the top of <body> (see #moveFirst): same element, nothing to set up again.
    if (this.#moving) return;
    this.#active = consent.registerUi(this);
    if (!this.#active) return;
    this.#changes.observe(this, { childList: true, subtree: true, attributes: true });
    // Without a lang attribute, the page's language is followed (a single-page portal switching it).
    this.#changes.observe(document.documentElement, { attributeFilter: ['lang'] });
    // A choice closes the banner (the base class renders after every change).
    this.#unsubscribe = consent.store.subscribe((record) => {
      if (record) this.#bannerOpen = false;
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
    this.#watchBottom();
    this.#changes.disconnect();
    this.#unsubscribe?.();
    consent.unregisterUi(this);
  }

  protected override updated(): void {
    if (this.#bannerOpen) this.#moveFirst();
    // The banner, else the manage button (never both).
    this.#watchBottom(this.renderRoot.querySelector<HTMLElement>('.banner, .manage'));
  }

  /**
   * While the banner asks, the element is the first child of <body>, wherever the admin put it: the
   * banner is then the first thing met by Tab and by a screen reader (RGAA 12.8, 12.11).
   */
  #moveFirst(): void {
    // (Moving an open modal <dialog> would close it.)
    if (document.body.firstElementChild === this || this.getRootNode() !== document || this.#dialog()?.open) return;
    this.#moving = true;
    document.body.prepend(this);
    this.#moving = false;
  }

  /** Watches what is fixed at the bottom of the page, to keep it clear. */
  #watchBottom(element: HTMLElement | null = null): void {
    this.#bottom.disconnect();
    // (Observing calls #reserve once at the start.)
    if (element) this.#bottom.observe(element);
    else this.#reserve();
  }

  /**
   * Gives the page bottom padding and scroll padding as tall as what is fixed over it, so that a
   * focused element is scrolled above it, never under it (WCAG 2.4.11). The page's own inline
   * values come back once nothing is fixed there any more.
   */
  #reserve(fixed?: HTMLElement): void {
    const root = document.documentElement.style;
    const body = document.body.style;
    // Its height and offset from the bottom, not its box on screen (which a transform may move).
    const height = fixed?.isConnected ? Math.ceil(fixed.offsetHeight + parseFloat(getComputedStyle(fixed).bottom)) : 0;
    if (height) {
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
    this.#bannerOpen = true;
    this.requestUpdate();
  }

  /**
   * Opens the preference panel. The browser gives focus back to what had it when the panel closes;
   * `opener` is for browsers that do not focus a clicked link or button (Safari), see #refocus.
   */
  showPreferences(opener: Element | null = document.activeElement): void {
    if (!this.#config) return;
    this.#opener = opener;
    // A copy: the switches change it, Escape forgets it.
    this.#draft = consent.store.record ?? { categories: {}, services: {} };
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const dialog = this.#dialog();
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  #readConfig(): void {
    if (!this.#active || !this.isConnected) return;
    const config = readConfig(this);
    this.#config = config;
    consent.configure(config);
    this.#bannerOpen = consent.store.record === null;
    this.requestUpdate();
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The panel's opener is the clicked button (see #refocus). */
  #openPanel(event: Event): void {
    this.showPreferences(event.currentTarget as Element);
  }

  #remember(event: FocusEvent): void {
    // Where the visitor was before tabbing into the banner: focus goes back there after a choice.
    // (From one of our own controls or slotted content, relatedTarget is ours: not "before".)
    const from = event.relatedTarget;
    if (from instanceof Element && !this.contains(from) && !this.renderRoot.contains(from)) this.#beforeBanner = from;
  }

  /** The three choices of both layers: record it, say so, close the panel. */
  #choose(choice: () => unknown, texts: Translation): void {
    // A changed text each time (a no-break space comes and goes), so a second choice is announced too.
    this.#status = this.#status === texts.saved ? `${texts.saved}\u00a0` : texts.saved;
    choice(); // The store's listener above closes the banner.
    this.#dialog()?.close();
    void this.#refocus();
  }

  /**
   * Once the banner or the panel is gone, focus lost with it goes to the first still on the page of:
   * the panel's opener, where the visitor was before the banner, the manage button, the page's
   * main content. Never to the top of the document.
   */
  async #refocus(): Promise<void> {
    // The panel's opener counts once: a later choice on the banner goes back to where the visitor was.
    const opener = this.#opener;
    this.#opener = null;
    await this.updateComplete;
    if (document.activeElement !== document.body) return;
    for (const target of [opener, this.#beforeBanner, this.renderRoot.querySelector('.manage')] as (HTMLElement | null)[]) {
      // (A removed or hidden element does not take focus.)
      target?.focus();
      if (target?.matches(':focus')) return;
    }
    const main = document.querySelector<HTMLElement>('main, [role="main"]');
    if (!main) return;
    // Like a skip link's target: focusable from script only.
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus({ preventScroll: true });
  }

  /**
   * "Enregistrer mes choix": every switch the panel showed, as shown. A service of this page that
   * the stored record does not know yet (added since) was shown off: it must not inherit its
   * category's stored value.
   */
  #save(config: ConsentConfig): void {
    const shown = (names: string[], from: Record<string, boolean>) => Object.fromEntries(names.map((name) => [name, from[name] === true]));
    consent.update({
      categories: shown(config.categories.map((c) => c.name), this.#draft!.categories),
      services: shown([...config.services.map((s) => s.name), ...(consent.store.settings.objections ?? [])], this.#draft!.services),
    });
  }

  /** A category turns all its services on or off; its own switch shows whether all of them are on. */
  #toggle(kind: keyof Draft, name: string, on: boolean): void {
    const draft = this.#draft!;
    draft[kind][name] = on;
    if (kind === 'categories') for (const service of this.#config!.services) if (service.category === name) draft.services[service.name] = on;
    this.requestUpdate();
  }

  /** Tab and Shift+Tab go round inside the panel instead of leaving the page (for the browser's UI). */
  #trapTab(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const stops = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('a,:enabled')];
    if (event.shiftKey) stops.reverse();
    // From the last stop (the first going backwards), round to the first.
    if (this.renderRoot.activeElement === stops.at(-1)) {
      event.preventDefault();
      stops[0]!.focus();
    }
  }

  protected override render() {
    const config = this.#config;
    if (!config) return nothing;
    const texts = translations[config.lang];
    // One lang for the banner, the panel, the manage button and the status.
    return html`<div lang=${config.lang}>
      ${this.#bannerOpen ? this.#renderBanner(config, texts) : nothing}
      ${this.#draft ? this.#renderPanel(config, texts) : nothing}
      ${this.hasAttribute('manage-button') && !this.#bannerOpen
        ? html`<button class="manage" part="manage-button" @click=${(e: Event) => this.#openPanel(e)}>${texts.title}</button>`
        : nothing}
      <div role="status" aria-live="polite">${this.#status}</div>
    </div>`;
  }

  /** Refuse, accept, then `third`: alike in look and place in both layers (CNIL: refusing is as easy as accepting). */
  #actions(texts: Translation, third: string, onThird: (event: Event) => void) {
    return html`<div class="actions">
      <button part="button" class="button" @click=${() => this.#choose(consent.refuseAll, texts)}>${texts.refuseAll}</button>
      <button part="button" class="button" @click=${() => this.#choose(consent.acceptAll, texts)}>${texts.acceptAll}</button>
      <button part="button" class="button" @click=${onThird}>${third}</button>
    </div>`;
  }

  // `\u2715` is ✕, escaped so that the bundle stays ASCII (see rollup.config.mjs).
  #renderBanner(config: ConsentConfig, texts: Translation) {
    const optional = config.categories.filter((c) => !c.required);
    return html`
      <section class="banner" part="banner" role="region" aria-labelledby="banner-title"
        @focusin=${(e: FocusEvent) => this.#remember(e)}>
        <div class="head">
          <h2 id="banner-title" part="title"><slot name="title">${texts.title}</slot></h2>
          <button class="continue" part="close" @click=${() => this.#choose(consent.refuseAll, texts)}>${texts.continueWithout} <span aria-hidden="true">\u2715</span></button>
        </div>
        <div class="body">
          <p class="message"><slot name="message">${texts.bannerMessage(config.controller)}</slot></p>
          ${gpcSignal() ? html`<p class="gpc">${texts.gpc}</p>` : nothing}
          ${optional.length
            ? html`<ul>
                ${optional.map((c) => html`<li><strong>${c.label}</strong>${c.description ? ` : ${c.description}` : nothing}</li>`)}
              </ul>`
            : nothing}
          ${config.policyUrl ? html`<p><a class="policy" href=${config.policyUrl}>${texts.policyLink}</a></p>` : nothing}
        </div>
        ${this.#actions(texts, texts.customise, (e) => this.#openPanel(e))}
      </section>
    `;
  }

  #renderPanel(config: ConsentConfig, texts: Translation) {
    const record = consent.store.record;
    return html`
      <dialog part="panel" class="panel" aria-labelledby="panel-title"
        @close=${() => this.#refocus()} @keydown=${(e: KeyboardEvent) => this.#trapTab(e)}>
        <div class="row">
          <h2 id="panel-title" part="title">${texts.title}</h2>
          <button class="close" part="close" aria-label=${texts.close} title=${texts.close} @click=${() => this.#dialog()!.close()}>\u2715</button>
        </div>
        <p>${texts.panelIntro}</p>
        ${config.categories.map((category) => this.#renderCategory(config, category, texts))}
        ${record
          ? html`<p class="note record">${texts.recordInfo(record.id, new Date(record.date).toLocaleString(config.lang))}
              <button class="link" @click=${() => downloadReceipt(toReceipt(record, config.policyUrl))}>${texts.download}</button></p>`
          : nothing}
        ${this.#actions(texts, texts.save, () => this.#choose(() => this.#save(config), texts))}
      </dialog>
    `;
  }

  /**
   * A switch with its label: one template for categories, services and the objection. Only `true` is
   * on: unset is off, and so is what a prototype name (`constructor`) finds on the draft's maps.
   */
  #switch(kind: keyof Draft, name: string, id: string, label: unknown, on: boolean | undefined, describedBy = `${id}-description`, disabled = false) {
    return html`<div class="row">
      ${label}
      <input type="checkbox" role="switch" class="switch" part="switch" id=${id} .checked=${on === true} ?disabled=${disabled}
        aria-describedby=${describedBy} @change=${(e: Event) => this.#toggle(kind, name, (e.target as HTMLInputElement).checked)} />
    </div>`;
  }

  #renderCategory(config: ConsentConfig, category: CategoryConfig, texts: Translation) {
    const id = `category-${category.name}`;
    const { categories, services: chosen } = this.#draft!;
    const services = config.services.filter((s) => s.category === category.name);
    const on = category.required || (services.length ? services.every((s) => chosen[s.name] === true) : categories[category.name]);
    // Exempt Matomo: consent only adds cookies; objecting stops the measurement itself.
    const objection = category.name === 'statistics' ? consent.store.settings.objections?.[0] : undefined;
    return html`
      <section class="category" role="group" aria-labelledby=${`${id}-label`}>
        ${this.#switch('categories', category.name, id, html`<h3><label id=${`${id}-label`} for=${id}>${category.label}</label></h3>`, on, undefined, category.required)}
        <p class="note" id=${`${id}-description`}>
          ${category.required ? html`<strong>${texts.alwaysOn}.</strong> ` : nothing}${category.description}
          ${objection ? html`<strong>${texts.exempt}.</strong>` : nothing}
        </p>
        ${objection
          ? this.#switch('services', objection, 'objection', html`<label for="objection">${texts.objection}</label>`, chosen[objection], `${id}-description`)
          : nothing}
        ${services.length
          ? html`<ul class="services">
              ${services.map((service) => {
                const serviceId = `service-${service.name}`;
                return html`<li>
                  ${this.#switch('services', service.name, serviceId, html`<label for=${serviceId}>${service.label}</label>`, chosen[service.name])}
                  <p class="note" id=${`${serviceId}-description`}>
                    ${localize(service.description, config.lang)} ${texts.sets}${service.cookies.map((c) => c.name).join(', ') || texts.noCookie}.
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
