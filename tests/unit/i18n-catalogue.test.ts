import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { appIntl, getLocale, setLocale, t } from '../../renderer/src/i18n/intl.ts';
import { LOCALES, matchLocale } from '../../renderer/src/i18n/locales.ts';
import { catalogues } from '../../renderer/src/i18n/messages/index.ts';

/** Every argument a message uses, with its kind: a translation must use the same ones (no lost "{count}"). */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Map<string, number>()): Map<string, number> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      into.set(element.value, element.type);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.set(element.value, element.type);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
    }
  }
  return into;
}

function pluralsWithoutOther(elements: readonly MessageFormatElement[]): string[] {
  const missing: string[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (!('other' in element.options)) missing.push(element.value);
      for (const option of Object.values(element.options)) missing.push(...pluralsWithoutOther(option.value));
    }
  }
  return missing;
}

const english = catalogues.en;
const englishKeys = Object.keys(english).sort();

describe('the i18n catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s holds exactly the English keys', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)(
    '%s: every message is valid ICU, with the English arguments and an "other" plural case',
    (locale) => {
      const problems: string[] = [];
      for (const key of englishKeys) {
        const message = catalogues[locale][key] ?? '';
        let ast: MessageFormatElement[];
        try {
          ast = parse(message);
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
          continue;
        }
        const expected = [...argumentsOf(parse(english[key as keyof typeof english] ?? ''))].sort();
        const actual = [...argumentsOf(ast)].sort();
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          problems.push(`${key}: arguments ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`);
        }
        for (const name of pluralsWithoutOther(ast)) problems.push(`${key}: {${name}} has no "other" case`);
        if (message.trim() === '') problems.push(`${key}: empty`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('translations are not English copies (beyond names and codes that stay the same)', () => {
    // Words that are the same in the language (the product's name, "Plan" in German and French, "Notes"…)
    // are fine; a catalogue copied wholesale from English is not.
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const same = englishKeys.filter((key) => catalogues[locale][key] === english[key as keyof typeof english]);
      expect(same.length / englishKeys.length, locale).toBeLessThan(0.2);
    }
  });
});

describe('messages in use', () => {
  it('ICU plurals follow each language’s rules', () => {
    setLocale('en');
    expect(t('nav.gapCount', { count: 1 })).toBe('1 structural gap');
    expect(t('nav.gapCount', { count: 2 })).toBe('2 structural gaps');
    expect(t('header.gapPill', { count: 0 })).toBe('No structural gaps');
    setLocale('de');
    expect(t('nav.gapCount', { count: 1 })).toBe('1 strukturelle Lücke');
    expect(t('nav.gapCount', { count: 3 })).toBe('3 strukturelle Lücken');
    setLocale('fr');
    // French counts 0 and 1 as singular.
    expect(t('nav.gapCount', { count: 0 })).toBe('0 lacune structurelle');
    expect(t('nav.gapCount', { count: 2 })).toBe('2 lacunes structurelles');
    setLocale('ja');
    expect(t('nav.gapCount', { count: 5 })).toBe('構造上のギャップ 5件');
    setLocale(null);
  });

  it('dates and numbers follow the chosen language', () => {
    setLocale('de');
    expect(getLocale()).toBe('de');
    expect(appIntl().formatNumber(1234.5)).toBe('1.234,5');
    setLocale('en');
    expect(appIntl().formatNumber(1234.5)).toBe('1,234.5');
    setLocale(null);
  });

  it('the system language is matched by its primary subtag, English when none is spoken', () => {
    expect(matchLocale(['de-AT', 'en'])).toBe('de');
    expect(matchLocale(['pt-BR', 'ja-JP'])).toBe('ja');
    expect(matchLocale(['pt-BR'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});
