import { css } from '../template-element.js';

/**
 * The look of `<cookie-consent>` and of `<consent-embed>`'s placeholder: one stylesheet, adopted by
 * both shadow roots, so the placeholder's box, buttons and focus ring are the banner's.
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
    color-scheme: light;
    font-family: var(--consent-font);
    font-size: medium;
    line-height: 1.5;
    display: block;
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
  /* Windows high contrast: the switches are drawn with system colours, their state still visible. */
  @media (forced-colors: active) {
    :host {
      --_primary: Highlight;
      --_on-primary: HighlightText;
      --_background: ButtonFace;
      --_border: ButtonText;
    }
    .switch {
      forced-color-adjust: none;
    }
  }
  * {
    box-sizing: border-box;
  }
  .banner,
  .panel,
  .manage,
  .placeholder {
    border: 1px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }
  .banner,
  .panel,
  .manage {
    box-shadow: 0 0 1em #0005;
  }
  /* Only the text scrolls when room is short: the title and the three choices stay in view. */
  .banner,
  .manage {
    position: fixed;
    inset: auto 0 0;
    z-index: 2147483000;
  }
  .banner {
    max-height: 75vh;
    overflow: auto;
    display: grid;
    grid-template-rows: auto minmax(4.5em, 1fr);
    gap: 0.5em 3em;
    padding: 1em max(1em, 50vw - 36em);
  }
  .head,
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0 1em;
  }
  .head {
    grid-column: 1 / -1;
    flex-wrap: wrap;
  }
  .body {
    overflow: auto;
  }
  p,
  ul {
    margin: 0 0 0.5em;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1em;
  }
  h2,
  .close {
    font-size: 1.25em;
  }
  a {
    color: inherit;
  }
  .policy {
    display: inline-block;
  }
  /* The three choices: one column beside the text, full width on a phone, in a row in the panel. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
    gap: 0.5em;
  }
  button {
    min-width: 2.5em;
    min-height: 2.5em;
    padding: 0 0.5em;
    border: 0;
    background: none;
    color: inherit;
  }
  button,
  .panel,
  .placeholder {
    border-radius: var(--consent-radius, 6px);
  }
  button,
  .switch {
    font: inherit;
    cursor: pointer;
  }
  button:hover,
  .continue,
  .link {
    text-decoration: underline;
  }
  /* A button that reads as a link lines up with the text around it. */
  .link {
    padding: 0;
  }
  .continue {
    margin-left: auto;
    font-size: 0.9375em;
  }
  /* The same for the three choices everywhere: refusing is as easy as accepting (CNIL). */
  .button {
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A native modal <dialog>: the browser centres it and keeps it within the viewport. */
  .panel {
    width: 40em;
    padding: 1em 1.5em;
  }
  .panel::backdrop {
    background: #0008;
  }
  .category {
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .services {
    list-style: none;
    padding-left: 1em;
    border-left: 2px solid var(--_border);
  }
  .switch {
    appearance: none;
    flex: none;
    width: 2.75em;
    height: 1.5em;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1em;
    background: var(--_background);
  }
  .switch::before {
    content: '';
    display: block;
    width: 1em;
    height: 1em;
    margin: calc(0.25em - 2px);
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
    cursor: auto;
  }
  .manage {
    inset: auto auto 1em 1em;
    padding: 0 1em;
    border-radius: 2em;
    font-size: 0.875em;
  }
  /* <consent-embed>'s box, about the size of an embedded post. */
  .placeholder {
    min-height: var(--consent-embed-min-height, 12rem);
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: start;
    gap: 0.75em;
    padding: 1.25em;
  }
  /* For screen readers only. */
  [role=status] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @media (min-width: 48em) {
    .banner {
      grid-template-columns: minmax(0, 1fr) 15em;
      align-items: end;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .switch::before {
      transition: transform 0.15s;
    }
  }
`;
