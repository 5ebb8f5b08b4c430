const PREFIX = '[portal-consent]';
const said = new Set<string>();

/** A console warning with the library's prefix, each distinct message once per page. */
export function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`${PREFIX} ${message}`);
}

/**
 * Runs `action` (a listener, a host page's callback); what it throws goes to the console, so one
 * failing callback neither stops the others nor reaches the caller.
 */
export function safely(action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error(error);
  }
}

/**
 * What `action` returns, or undefined if it throws: for browser features that may be missing or
 * refused (cookies blocked, a sandboxed frame, no BroadcastChannel), where failing is expected.
 */
export function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
