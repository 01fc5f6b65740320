import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../renderer/src/i18n/intl.ts';
import { displayValue, inputValue, parseNumber } from '../../renderer/src/review/paste.ts';
import { dayName, monthName } from '../../renderer/src/review/labels.ts';

afterEach(() => setLocale('en', { remember: false }));

describe('the review’s numbers and months in the app’s language', () => {
  it('reads numbers with the locale’s separators and edits them in a form parseNumber reads back', () => {
    setLocale('de', { remember: false });
    expect(displayValue(4266.5)).toBe('4.266,5');
    expect(inputValue(4266.5)).toBe('4266,5');
    expect(parseNumber(inputValue(4266.5))).toBe(4266.5);
    expect(inputValue(0.003)).toBe('0,003');
    setLocale('en', { remember: false });
    expect(displayValue(4266.5)).toBe('4,266.5');
    expect(inputValue(4266.5)).toBe('4266.5');
    expect(parseNumber(inputValue(0.1 + 0.2))).toBe(0.3);
  });

  it('names months and days in the locale, never as ISO codes', () => {
    setLocale('de', { remember: false });
    expect(monthName('2027-03')).toBe('März 2027');
    expect(dayName('2027-04-15')).toBe('15. Apr. 2027');
    setLocale('ja', { remember: false });
    expect(monthName('2027-03')).toBe('2027年3月');
  });
});
