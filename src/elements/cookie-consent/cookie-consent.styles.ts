import { css } from 'lit';

/**
 * A neutral look for a public portal. Every colour goes through a custom property so an admin can
 * brand it; nothing here reads or leaks into the page's CSS.
 */
export const styles = css`
  :host {
    --_primary: var(--consent-primary, #1f3a68);
    --_on-primary: var(--consent-on-primary, #ffffff);
    --_text: var(--consent-text, #1b1b1f);
    --_muted: var(--consent-muted, #4a4a55);
    --_background: var(--consent-background, #ffffff);
    --_border: var(--consent-border, #6b6b76);
    --_focus: var(--consent-focus, #0a5fd8);
    --_radius: var(--consent-radius, 6px);
    font-family: var(--consent-font, inherit);
    font-size: 1rem;
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
    }
  }
  * {
    box-sizing: border-box;
  }
  .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: 2147483000;
    max-height: 70vh;
    overflow: auto;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.5rem 2rem;
    align-items: end;
    padding: 1rem max(1rem, calc((100vw - 72rem) / 2));
    padding-top: 2.25rem;
    background: var(--_background);
    color: var(--_text);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.18);
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.15rem;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .purposes {
    margin: 0 0 0.5rem;
    padding-left: 1.25rem;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* The three first-layer choices look the same: refusing is as easy as accepting (CNIL). */
  .button {
    flex: 1 1 10rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .continue,
  .close {
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.25rem 0.5rem;
  }
  .continue {
    position: absolute;
    top: 0.5rem;
    right: max(1rem, calc((100vw - 72rem) / 2));
    font-size: 0.9rem;
  }
  .close {
    text-decoration: none;
    font-size: 1.25rem;
    line-height: 1;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .panel {
    width: min(40rem, calc(100vw - 1rem));
    max-height: calc(100vh - 2rem);
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .panel::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .panel-head,
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  .category {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  .category-name {
    margin: 0;
    font-size: 1.05rem;
  }
  .description {
    color: var(--_muted);
    font-size: 0.95rem;
  }
  .services {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1rem;
    border-left: 3px solid var(--_border);
  }
  .service {
    padding: 0.25rem 0;
  }
  .record {
    font-size: 0.85rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .switch {
    appearance: none;
    flex: none;
    position: relative;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_background);
    cursor: pointer;
  }
  .switch::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_border);
    transition: transform 0.15s;
  }
  .switch:checked {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .switch:checked::before {
    transform: translateX(1.25rem);
    background: var(--_on-primary);
  }
  .switch:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .manage {
    position: fixed;
    left: 1rem;
    bottom: 1rem;
    z-index: 2147482999;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.9rem;
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
  @media (max-width: 40rem) {
    .banner {
      grid-template-columns: 1fr;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .switch::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .button,
    .switch {
      border-color: ButtonText;
    }
    .switch:checked::before {
      background: ButtonText;
    }
  }
`;
