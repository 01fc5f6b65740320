import { useId } from 'react';
import { FieldFrame } from '../forms/fields.tsx';
import { getLocale, localeIsChosen, setLocale, systemLocale, t } from './intl.ts';
import { isLocale, LOCALE_NAMES, LOCALES } from './locales.ts';

const SYSTEM = 'system';

/**
 * The reader's language, kept on this computer (not in the plan: a German head and a Japanese head share one
 * plan file). "As the system" follows the operating system's languages.
 */
export function LanguagePicker() {
  const id = useId();
  const value = localeIsChosen() ? getLocale() : SYSTEM;
  return (
    <section className="card prefs" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="prefs__heading">
        {t('prefs.heading')}
      </h3>
      <p className="prefs__subtitle">{t('prefs.subtitle')}</p>
      <FieldFrame id={id} label={t('prefs.language')} error={null} hint={t('prefs.languageHint')}>
        <select
          id={id}
          className="select"
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setLocale(isLocale(e.target.value) ? e.target.value : null)}
        >
          <option value={SYSTEM}>{t('prefs.languageSystem', { language: LOCALE_NAMES[systemLocale()] })}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </FieldFrame>
    </section>
  );
}
