import { describe, expect, it } from 'vitest';
import { findTerms, matchCount, matchesFind } from '../../renderer/src/domain/find-text.ts';

describe('find in a view', () => {
  it('matches when every word occurs, in any case, in one of the texts', () => {
    const terms = findTerms('  cs-1   CHURN ');
    expect(terms).toEqual(['cs-1', 'churn']);
    expect(matchesFind(terms, 'CS-1', 'Cut annual churn', null)).toBe(true);
    expect(matchesFind(terms, 'CS-2', 'Cut annual churn')).toBe(false);
    expect(matchesFind(findTerms('okafor'), 'Customer Success', 'Amara Okafor')).toBe(true);
    expect(matchesFind(findTerms('zoë'), 'Zoë Newcomer')).toBe(true);
  });

  it('an empty query matches everything, missing texts match nothing', () => {
    expect(matchesFind(findTerms('   '), null, undefined)).toBe(true);
    expect(matchesFind(findTerms('x'), null, undefined)).toBe(false);
  });

  it('counts the matches in words', () => {
    expect(matchCount(3, 12, 'finding')).toBe('3 of 12 findings');
    expect(matchCount(0, 12, 'finding')).toBe('No match');
    expect(matchCount(1, 1, 'department')).toBe('All 1 department');
    expect(matchCount(5, 5, 'department')).toBe('All 5 departments');
  });
});
