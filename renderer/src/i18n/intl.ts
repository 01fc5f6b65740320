import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { ReactNode } from 'react';
import { catalogues, type MessageKey } from './messages/index.ts';
import { isLocale, matchLocale, type Locale } from './locales.ts';

/**
 * The one locale of the running app: UI text, dates and numbers all follow it. It is chosen once at start-up
 * (the reader's pick, else the system's languages) and changed only through setLocale, which re-renders the
 * whole app (see LocaleRoot), so module-level helpers may call t() freely.
 */
const STORAGE_KEY = 'hoshin.locale';
const cache = createIntlCache();
let current: IntlShape = build(initialLocale());
const listeners = new Set<() => void>();

function build(locale: Locale): IntlShape {
  return createIntl({ locale, messages: catalogues[locale], defaultLocale: 'en' }, cache);
}

function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language the operating system (or browser) asks for, matched to one the app speaks. */
export function systemLocale(): Locale {
  const languages = globalThis.navigator?.languages ?? [];
  return matchLocale(languages.length > 0 ? languages : [globalThis.navigator?.language ?? 'en']);
}

function initialLocale(): Locale {
  return storedLocale() ?? systemLocale();
}

export function getLocale(): Locale {
  return current.locale as Locale;
}

/** Whether the reader picked the language (else it follows the system). */
export function localeIsChosen(): boolean {
  return storedLocale() !== null;
}

/**
 * Switches the app's language and remembers the pick; `null` goes back to the system's languages. With
 * `remember: false` (a printed report in its own language) the pick holds for this page only.
 */
export function setLocale(locale: Locale | null, { remember = true }: { remember?: boolean } = {}): void {
  try {
    if (!remember) {
      // This page only: the reader's remembered pick stays as it is.
    } else if (locale === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across sessions, but still switched now.
  }
  current = build(locale ?? initialLocale());
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A UI string from the catalogue, ICU arguments filled in ("{count, plural, one {# goal} other {# goals}}"). */
export function t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  return current.formatMessage({ id: key }, values);
}

/** The app's Intl formatters: one locale for every date and number the UI shows. */
export function appIntl(): IntlShape {
  return current;
}

/** Rich-text values of tRich: plain values, React nodes, or tags (`<b>{code}</b>` in the message) as functions. */
export type RichValues = Readonly<Record<string, string | number | ReactNode | ((chunks: ReactNode[]) => ReactNode)>>;

/**
 * A UI message with parts in markup ("Link <b>{from}</b> to <b>{to}</b>"): the whole sentence stays one
 * catalogue entry, so a translation may reorder its parts.
 */
export function tRich(key: MessageKey, values: RichValues): ReactNode {
  const format = current.formatMessage as (descriptor: { id: string }, values: RichValues) => ReactNode;
  return format({ id: key }, values);
}

/** Whether the catalogue has this key (for labels looked up by a name that comes from data, e.g. a field). */
export function hasMessage(key: string): key is MessageKey {
  return key in catalogues.en;
}
