import { css } from 'lit';

/** The placeholder: a box about the size of an embedded post, themed by the same properties as the banner. */
export const styles = css`
  :host {
    display: block;
    --_primary: var(--consent-primary, #1f3a68);
    --_on-primary: var(--consent-on-primary, #fff);
    --_text: var(--consent-text, #1b1b1f);
    --_background: var(--consent-background, #fff);
    --_border: var(--consent-border, #6b6b76);
    --_focus: var(--consent-focus, #0a5fd8);
  }
  /* The same dark defaults and -dark properties as the banner. */
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
    gap: 0.75rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--consent-radius, 6px);
    background: var(--_background);
    color: var(--_text);
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--consent-radius, 6px);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .link {
    padding: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
