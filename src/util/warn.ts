const PREFIX = '[portal-consent]';
const said = new Set<string>();

/** A console warning with the library's prefix, each distinct message once per page. */
export function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`${PREFIX} ${message}`);
}
