import { css } from '../template-element.js';

/**
 * The placeholder: a box about the size of an embedded post, themed by the same properties as the
 * banner. Its rules are written as the banner's are (same properties, same dark defaults, same
 * button), so the placeholder looks like part of the same library.
 */
export const styles = css`
  :host {
    --_primary: var(--consent-primary, #1f3a68);
    --_on-primary: var(--consent-on-primary, #fff);
    --_text: var(--consent-text, #1b1b1f);
    --_background: var(--consent-background, #fff);
    --_border: var(--consent-border, #6b6b76);
    --_focus: var(--consent-focus, #0a5fd8);
    --_radius: var(--consent-radius, 6px);
    display: block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--consent-primary-dark, #a9c4ff);
      --_on-primary: var(--consent-on-primary-dark, #0d1526);
      --_text: var(--consent-text-dark, #f1f1f4);
      --_background: var(--consent-background-dark, #1c1c22);
      --_border: var(--consent-border-dark, #9a9aa6);
      --_focus: var(--consent-focus-dark, #8fb8ff);
    }
  }
  div {
    min-height: var(--consent-embed-min-height, 12rem);
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: start;
    gap: 0.75em;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  button {
    padding: 0.5em 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    cursor: pointer;
  }
  .link {
    padding: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
