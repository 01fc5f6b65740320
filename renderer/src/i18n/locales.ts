/**
 * The languages the UI and the report speak. English is the source catalogue; every other catalogue must hold
 * exactly its keys (the compiler checks the keys, tests/unit/i18n-catalogue.test.ts the ICU arguments).
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, so a reader finds their own in the picker whatever the current language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the reader's preferred languages (BCP 47 tags, best first) that the app speaks, by primary
 * subtag ("de-AT" → German); English when none matches.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}
