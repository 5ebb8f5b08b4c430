import type { Lang, Translation } from './translation.js';
import { fr } from './fr.js';
import { en } from './en.js';

export type { Lang, Localized, Translation } from './translation.js';

const translations: Record<Lang, Translation> = { fr, en };

/** `fr`, `fr-FR`, `FR` → 'fr'; anything unsupported → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const primary = (value ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'en' ? primary : undefined;
}

/** The attribute's language, else the page's `<html lang>`, else English. */
export function resolveLang(attribute: string | null | undefined, doc: Document = document): Lang {
  return toLang(attribute) ?? toLang(doc.documentElement.lang) ?? 'en';
}

export function translation(lang: Lang): Translation {
  return translations[lang];
}
