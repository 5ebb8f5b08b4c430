/** Defines a custom element unless this page already has it (the script included twice, npm and a tag). */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
