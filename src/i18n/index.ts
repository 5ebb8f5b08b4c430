import type { Lang, Translation } from './translation.js';
import { fr } from './fr.js';
import { en } from './en.js';

export type { Lang, Localized, Translation } from './translation.js';

/** Every string the elements show, by language: `translations[config.lang]`. */
export const translations: Record<Lang, Translation> = { fr, en };

/** `fr`, `fr-FR`, `FR` → 'fr'; anything unsupported → undefined. */
const toLang = (value: string | null | undefined) => /^\s*(fr|en)\b/i.exec(value ?? '')?.[1]!.toLowerCase() as Lang | undefined;

/** The attribute's language, else the page's `<html lang>`, else English. */
export function resolveLang(attribute: string | null | undefined): Lang {
  return toLang(attribute) ?? toLang(document.documentElement.lang) ?? 'en';
}
