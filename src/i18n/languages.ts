/**
 * The languages of the app (issue #11). A fourth language is a new catalog folder and one entry here.
 * `locale` is what Intl formats dates, numbers and lists with: en-GB writes "2 August 2026" as the Act does.
 */
export const LANGUAGES = ['en', 'de', 'fr'] as const;

export type Lang = (typeof LANGUAGES)[number];

export const LOCALES: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the reader's preferred languages that the app has ("de-AT" → de), else English. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
