import { describe, expect, it } from 'vitest';
import { isBlockPaste, parseClipboardGrid, parseNumber, pasteValues } from '../../renderer/src/review/paste.ts';

describe('review paste parsing', () => {
  it('reads numbers as spreadsheets write them', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber(' 4,5 ')).toBe(4.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('78%')).toBe(78);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('n/a')).toBeUndefined();
  });

  it('splits tab and newline separated cells, dropping the final line break', () => {
    expect(parseClipboardGrid('60\t61\r\n62\t63\r\n')).toEqual([
      ['60', '61'],
      ['62', '63'],
    ]);
    expect(isBlockPaste('60\n')).toBe(false);
    expect(isBlockPaste('60\t61\n')).toBe(true);
  });

  it('fills right and down from the pasted cell, clipped to the chart', () => {
    const { values, skipped } = pasteValues('60\t61\tx\n70\t71\n80', ['a', 'b'], ['2027-11', '2027-12'], 0, 0);
    expect(values).toEqual([
      { itemId: 'a', month: '2027-11', actual: 60 },
      { itemId: 'a', month: '2027-12', actual: 61 },
      { itemId: 'b', month: '2027-11', actual: 70 },
      { itemId: 'b', month: '2027-12', actual: 71 },
    ]);
    expect(skipped).toBe(2);
  });
});
