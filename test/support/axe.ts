/** axe-core in a page opened by `visit`: loaded once into that page, run over the whole document. */
import type { Visit } from './visit.js';

interface Axe {
  run(context: unknown, options?: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
}

/** axe-core's violations (every rule but the experimental ones) in the visited page, shadow roots included. */
export async function axe(page: Visit): Promise<string[]> {
  const win = page.window as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    page.document.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(page.document, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}
