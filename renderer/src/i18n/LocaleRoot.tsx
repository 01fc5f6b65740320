import { Fragment, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { getLocale, subscribeLocale } from './intl.ts';

/**
 * Renders the app in the current locale. Changing the language remounts everything under it (the key), because
 * module-level helpers read the locale through t() and nothing else would tell memoised views to re-render.
 * The plan is re-read on remount; nothing unsaved lives in the views (every edit saves on leaving a field).
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, getLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <Fragment key={locale}>{children}</Fragment>;
}
