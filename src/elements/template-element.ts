import { render } from 'lit/html.js';
import * as consent from '../api.js';

/**
 * The base of our elements: a custom element whose shadow root is rendered by Lit's template engine
 * (lit-html), with LitElement's lifecycle names (`render`, `requestUpdate`, `updateComplete`,
 * `willUpdate`, `updated`). While connected, it renders again on every change of the visitor's
 * choice and of the configuration: all our elements show them.
 *
 * Why not LitElement itself: its reactive-property system (ReactiveElement and css-tag) is about
 * 2.5 KB gzipped, a fifth of the 12 KB the whole bundle may weigh on every page (issue 7), and our
 * elements use none of it: they are configured by attributes, re-read whole on any change, and
 * their few internal states call `requestUpdate()` themselves. Templates, parts and directives,
 * where Lit's real work is, are Lit's own.
 */
export abstract class TemplateElement extends HTMLElement {
  /** The element's CSS (from the `css` tag), adopted by every instance's shadow root: each element sets it. */
  static styles: string;

  readonly renderRoot: ShadowRoot;
  #pending: Promise<void> | undefined;

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    const styles = (this.constructor as typeof TemplateElement).styles;
    try {
      this.renderRoot.adoptedStyleSheets = [sheetOf(styles)];
    } catch {
      // No constructable stylesheets (Safari before 16.4): a <style> in the shadow root instead.
      this.renderRoot.append(Object.assign(document.createElement('style'), { textContent: styles }));
    }
  }

  /** One function for the element's life: subscribing it again (a second connect) adds nothing. */
  readonly #refresh = () => this.requestUpdate();
  #stops: (() => unknown)[] = [];

  connectedCallback(): void {
    this.requestUpdate();
    this.#stops = [consent.store.subscribe(this.#refresh), consent.onConfigure(this.#refresh)];
  }

  disconnectedCallback(): void {
    for (const stop of this.#stops) stop();
  }

  /** Schedules one render for a burst of changes (a microtask later, as Lit does). */
  requestUpdate(): void {
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      this.willUpdate();
      // No `host` option: listeners in our templates are arrow functions, so none needs `this` bound
      // to the element (a method passed as is would get the clicked element as `this`).
      render(this.render(), this.renderRoot);
      this.updated();
    });
  }

  /** Resolves once no render is pending, including one requested by `updated()`. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      while (this.#pending) await this.#pending.catch(() => undefined);
      return true;
    })();
  }

  protected willUpdate(): void {}
  protected updated(): void {}
  protected abstract render(): unknown;
}

/** Marks CSS text for the build's minifier (scripts/minify-templates.mjs); the text is used as is. */
export function css(strings: TemplateStringsArray): string {
  return strings[0]!;
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One constructed stylesheet per CSS text, made on first use: constructed sheets need no `<style>`,
 * so a strict `style-src` CSP does not block them, and nothing runs at import (server rendering).
 */
function sheetOf(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}
