import { css } from 'lit';

/**
 * A neutral look for a public portal. Every colour goes through a custom property so an admin can
 * brand it; nothing here reads or leaks into the page's CSS. Sizes are in em from `font-size:
 * medium` (the visitor's own default size), so a portal's `html { font-size: 62.5% }` cannot shrink it.
 * Defaults meet WCAG 2.2 AA: text 4.5:1, focus ring and switch outlines 3:1, targets 24px and more.
 */
export const styles = css`
  :host {
    --_primary: var(--consent-primary, #1f3a68);
    --_on-primary: var(--consent-on-primary, #fff);
    --_text: var(--consent-text, #1b1b1f);
    --_muted: var(--consent-muted, #4a4a55);
    --_background: var(--consent-background, #fff);
    --_border: var(--consent-border, #6b6b76);
    --_focus: var(--consent-focus, #0a5fd8);
    --_radius: var(--consent-radius, 6px);
    --_line: color-mix(in srgb, var(--_border) 45%, var(--_background));
    color-scheme: light;
    font-family: var(--consent-font);
    font-size: medium;
    line-height: 1.5;
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--consent-primary-dark, #a9c4ff);
      --_on-primary: var(--consent-on-primary-dark, #0d1526);
      --_text: var(--consent-text-dark, #f1f1f4);
      --_muted: var(--consent-muted-dark, #c8c8d0);
      --_background: var(--consent-background-dark, #1c1c22);
      --_border: var(--consent-border-dark, #9a9aa6);
      --_focus: var(--consent-focus-dark, #8fb8ff);
      color-scheme: dark;
    }
  }
  * {
    box-sizing: border-box;
  }
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: 2147483000;
    max-height: 75vh;
    overflow: auto;
    display: grid;
    /* Only the text scrolls when room is short: the title and the three choices stay in view. */
    grid-template: 'head' auto 'body' minmax(4.5em, 1fr) 'actions' auto / minmax(0, 1fr);
    gap: 0.5em 3em;
    padding: 1em max(1em, 50vw - 36em) 1.25em;
    background: var(--_background);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -0.25em 1.25em rgb(0 0 0 / 0.2);
  }
  .head {
    grid-area: head;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 1em;
  }
  .body {
    grid-area: body;
    overflow: auto;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  p,
  ul {
    margin: 0 0 0.5em;
  }
  .body > :last-child {
    margin: 0;
  }
  .purposes {
    padding-left: 1.25em;
  }
  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  .policy {
    display: inline-block;
    padding: 0.125em 0;
  }
  .actions {
    display: grid;
    gap: 0.5em;
  }
  .banner .actions {
    grid-area: actions;
  }
  /* The three choices look the same everywhere: refusing is as easy as accepting (CNIL). */
  .button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  .continue,
  .close,
  .download {
    min-width: 2.5em;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .continue {
    margin-left: auto;
    margin-right: -0.5em;
    font-size: 0.9375em;
  }
  .close {
    margin-right: -0.5em;
    font-size: 1.25em;
    line-height: 1;
    text-decoration: none;
  }
  .download {
    min-height: 2em;
    padding: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .panel {
    width: min(40em, 100% - 1em);
    max-width: none;
    max-height: calc(100% - 1em);
    padding: 0 1.5em 1.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
  }
  .panel::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .panel-head,
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
  }
  .panel-head {
    padding: 1.25em 0 0.5em;
  }
  .category {
    padding: 0.75em 0 0.25em;
    border-top: 1px solid var(--_line);
  }
  .category-name {
    margin: 0;
    font-size: 1.05em;
  }
  .description,
  .record {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .services {
    list-style: none;
    padding: 0 0 0 1em;
    border-left: 3px solid var(--_line);
  }
  .record {
    overflow-wrap: anywhere;
  }
  .panel .actions {
    margin-top: 1em;
  }
  .switch {
    appearance: none;
    flex: none;
    position: relative;
    width: 2.75em;
    height: 1.5em;
    margin: 0;
    font-size: inherit;
    border: 2px solid var(--_border);
    border-radius: 1em;
    background: var(--_background);
    cursor: pointer;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset: 2px auto auto 2px;
    width: calc(1.5em - 8px);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_border);
  }
  .switch:checked {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .switch:checked::before {
    transform: translateX(1.25em);
    background: var(--_on-primary);
  }
  .switch:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .manage {
    position: fixed;
    left: 1em;
    bottom: 1em;
    z-index: 2147482999;
    min-height: 2.5em;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 1.25em;
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 0.25);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (min-width: 48em) {
    .banner {
      grid-template: 'head head' auto 'body actions' minmax(4.5em, 1fr) / minmax(0, 1fr) 15em;
      align-items: end;
    }
  }
  @media (min-width: 40em) {
    .panel .actions {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .switch::before {
      transition: transform 0.15s;
    }
  }
  /* Windows high contrast: the switch is drawn with system colours, its state still visible. */
  @media (forced-colors: active) {
    .switch {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
    }
    .switch::before {
      background: ButtonText;
    }
    .switch:checked {
      border-color: Highlight;
      background: Highlight;
    }
    .switch:checked::before {
      background: HighlightText;
    }
    .switch:disabled {
      opacity: 1;
      border-color: GrayText;
      background: GrayText;
    }
  }
`;
