import { html, nothing } from 'lit/html.js';
import { TemplateElement } from '../template-element.js';
import * as consent from '../../api.js';
import { resolveLang, translations } from '../../i18n/index.js';
import { builtinServices } from '../../services/builtin.js';
import type { SocialService } from '../../services/social.js';
import { define } from '../../util/define.js';
import { warn } from '../../util/warn.js';
// The banner's stylesheet: the placeholder is drawn with its box, buttons and focus ring.
import { styles } from '../cookie-consent/cookie-consent.styles.js';

/**
 * The provider's own embed markup, kept inert behind a placeholder until its service is granted.
 * The markup stays in the light DOM, unslotted (so not rendered) until then; its provider
 * `<script>` must be written `type="text/plain"` or left out: this element loads it itself.
 *
 * @attr service - `twitter`, `facebook`, `linkedin`, or a service declared on `<cookie-consent>`.
 * @slot - The provider's embed markup, shown once granted.
 * @csspart placeholder - The box shown until granted (and when the provider cannot be reached).
 * @csspart button - "Autoriser …", which grants this one service.
 * @csspart preferences - The button that opens the preference panel.
 * @cssprop --consent-embed-min-height - Height of the placeholder (default 12rem).
 */
export class ConsentEmbedElement extends TemplateElement {
  static override styles = styles;

  static observedAttributes = ['service'];

  /** The `service` attribute; '' when missing (warned as unknown, never granted). */
  get service(): string {
    return this.getAttribute('service') ?? '';
  }

  /** The provider's script could not be loaded: the placeholder says so. */
  #failed = false;

  #shown = false;
  #pasted = new MutationObserver(() => this.#disarm());

  override connectedCallback(): void {
    super.connectedCallback();
    // With the library loaded before the markup, this catches a provider script before it runs.
    // Kept while detached (it watches only this element, and goes with it): a script added to a
    // detached embed is disarmed too.
    this.#pasted.observe(this, { childList: true, subtree: true });
    this.#disarm();
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /**
   * Provider markup pasted as it is: a runnable script becomes text, and an iframe's `src` becomes
   * the gating's `data-src` for this service (shown on grant, emptied on withdrawal). Either may
   * already have reached the provider when the library loads after the markup: hence the warning.
   */
  #disarm(): void {
    for (const script of this.querySelectorAll('script')) {
      if (/^$|java|ecma|module/i.test(script.type)) {
        script.type = 'text/plain';
        warn('<consent-embed>: a <script> without type="text/plain" was disarmed.');
      }
    }
    for (const frame of this.querySelectorAll<HTMLIFrameElement>('iframe[src]')) {
      frame.dataset.src = frame.getAttribute('src')!;
      frame.dataset.consent ??= this.service;
      frame.removeAttribute('src');
      warn('<consent-embed>: an <iframe> with src was disarmed.');
    }
  }

  protected override willUpdate(): void {
    const granted = consent.hasConsent(this.service);
    if (granted === this.#shown) return;
    this.#shown = granted;
    this.#failed = false;
    // A built-in social service: its script is loaded once per page and renders the revealed markup.
    const widget = builtinServices.get(this.service) as Partial<SocialService> | undefined;
    if (!granted || !widget?.parse) return;
    // Loaded already (another embed, or the service's start): the provider's page scan is over.
    void this.updateComplete.then(() => {
      try {
        widget.parse!(this);
      } catch {
        // The provider's own failure: the content stays as the provider left it.
      }
    });
    // Started as on a grant, in the page's language: one SDK per page, and its load's promise.
    widget.start!(consent.currentConfig()!).catch(() => {
      if (!this.#shown) return;
      this.#failed = true;
      this.requestUpdate();
    });
  }

  protected override render() {
    const config = consent.currentConfig();
    const name = this.service;
    if (this.#shown && !this.#failed) return html`<slot></slot>`;
    // Before the configuration (a <cookie-consent> later in the page), the name stands for the label.
    const service = config?.services.find((s) => s.name === name);
    if (config && !service) warn(`<consent-embed service="${name}">: unknown service; it stays hidden.`);
    const label = service?.label ?? name;
    const texts = translations[resolveLang(config?.lang)].embed(label);
    return html`<div class="placeholder" part="placeholder" role="region" aria-label=${texts.region}>
      <strong>${label}</strong>
      ${this.#failed ? texts.failed : texts.blocked}
      ${this.#shown
        ? nothing
        : html`<button type="button" class="button" part="button" @click=${() => consent.update({ [name]: true })}>${texts.allow}</button>`}
      <button type="button" class="link" part="preferences" @click=${() => consent.showPreferences()}>${texts.preferences}</button>
    </div>`;
  }
}

define('consent-embed', ConsentEmbedElement);

declare global {
  interface HTMLElementTagNameMap {
    'consent-embed': ConsentEmbedElement;
  }
}
