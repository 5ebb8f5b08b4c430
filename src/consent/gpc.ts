/**
 * Global Privacy Control: a browser signal that the visitor objects to tracking. Until they choose,
 * every optional category stays refused and the banner says why; an explicit choice wins.
 */
export function gpcSignal(): boolean {
  return (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}
