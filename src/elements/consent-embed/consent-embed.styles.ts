import { css } from 'lit';

/** The placeholder: a box about the size of an embedded post, themed by the same properties as the banner. */
export const styles = css`
  :host {
    display: block;
  }
  div {
    min-height: var(--consent-embed-min-height, 12rem);
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: start;
    gap: 0.75rem;
    padding: 1.25rem;
    border: 1px solid var(--consent-border, #6b6b76);
    border-radius: var(--consent-radius, 6px);
    background: var(--consent-background, #fff);
    color: var(--consent-text, #1b1b1f);
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--consent-radius, 6px);
    background: var(--consent-primary, #1f3a68);
    color: var(--consent-on-primary, #fff);
  }
  .link {
    padding: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 3px solid var(--consent-focus, #0a5fd8);
    outline-offset: 2px;
  }
`;
