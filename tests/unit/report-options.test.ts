import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_OPTIONS, parseSectionList, reportQuery } from '../../contract/report.ts';
import { optionsQuery, parseOptions, SECTIONS } from '../../renderer/src/report/options.ts';

describe('report options on the report page’s query', () => {
  it('name the monthly review as a section, between the departments and the gap analysis', () => {
    expect(SECTIONS.indexOf('review')).toBe(SECTIONS.indexOf('departments') + 1);
    expect(parseSectionList('review,cover')).toEqual({ sections: ['cover', 'review'], unknown: [] });
    expect(parseOptions('sections=review').sections).toEqual(['review']);
  });

  it('carry the report’s locale both ways, and drop one the report is not written in', () => {
    const query = reportQuery({ ...DEFAULT_REPORT_OPTIONS, locale: 'de' });
    expect(query).toContain('locale=de');
    const parsed = parseOptions(query);
    expect(parsed.locale).toBe('de');
    expect(optionsQuery(parsed)).toBe(query);
    expect(parseOptions('locale=xx').locale).toBeNull();
    expect(parseOptions('sections=cover').locale).toBeNull();
    expect(reportQuery(DEFAULT_REPORT_OPTIONS)).not.toContain('locale');
  });
});
