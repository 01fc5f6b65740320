import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../contract/errors.ts';
import { FINDING_KINDS } from '../../contract/gaps.ts';
import { OPERATION_META } from '../../contract/operation-meta.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { setLocale } from '../../renderer/src/i18n/intl.ts';
import { LOCALES } from '../../renderer/src/i18n/locales.ts';
import { catalogues } from '../../renderer/src/i18n/messages/index.ts';
import {
  errorText,
  fieldIssueText,
  findingText,
  fixText,
  historyText,
  ruleText,
  sayText,
} from '../../renderer/src/i18n/service-text.ts';
import { changeLabel } from '../../services/change-labels.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const root = join(import.meta.dirname, '../..');
const source = (path: string) => readFileSync(join(root, path), 'utf8');
/** Every message key a source file names as a string literal with one of the prefixes. */
const keysIn = (text: string, prefixes: string[]) =>
  [...text.matchAll(/'((?:finding|findingFix|undo|rollover)\.[A-Za-z0-9_.]+)'/g)]
    .map((m) => m[1]!)
    .filter((key) => prefixes.some((p) => key.startsWith(p)));

const changeOperations = Object.entries(OPERATION_META)
  .filter(([, meta]) => meta.kind === 'change')
  .map(([name]) => name);
const serviceFiles = [
  'services/change-labels.ts',
  ...readdirSync(join(root, 'services/ops')).map((f) => `services/ops/${f}`),
];
const findingKeys = keysIn(source('core/gaps.ts'), ['finding.', 'findingFix.']);
const undoKeys = serviceFiles.flatMap((f) => keysIn(source(f), ['undo.']));
const rolloverKeys = keysIn(source('core/rollover.ts'), ['rollover.']);

describe('the service layer’s sentences have catalogue keys in every language', () => {
  it('found the keys the gap analysis and the undo labels use', () => {
    expect(findingKeys.length).toBeGreaterThan(40);
    expect(undoKeys).toEqual(expect.arrayContaining(['undo.link.changed', 'undo.codeTitle', 'undo.renamePerson']));
  });

  it.each(LOCALES)('%s: every finding kind has its rule, group and sentences; every fix its label', (locale) => {
    const catalogue = catalogues[locale];
    const missing = [
      ...FINDING_KINDS.flatMap((kind) => [`gapsRule.${kind}`, `gaps.group.${kind}`]),
      ...findingKeys,
    ].filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
    for (const kind of FINDING_KINDS) {
      expect(
        findingKeys.some((key) => key === `finding.${kind}` || key.startsWith(`finding.${kind}.`)),
        kind,
      ).toBe(true);
    }
  });

  it.each(LOCALES)('%s: every change next year’s plan reports has its key', (locale) => {
    expect(rolloverKeys.length).toBeGreaterThanOrEqual(4);
    expect(rolloverKeys.filter((key) => !(key in catalogues[locale]))).toEqual([]);
  });

  it.each(LOCALES)('%s: every error code has its plain sentence', (locale) => {
    const missing = [...ERROR_CODES, 'transport']
      .map((c) => `errorCode.${c}`)
      .filter((k) => !(k in catalogues[locale]));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s: every undo verb and undo label has its key', (locale) => {
    const catalogue = catalogues[locale];
    const missing = [...changeOperations.map((op) => `undo.verb.${op}`), ...undoKeys].filter(
      (key) => !(key in catalogue),
    );
    expect(missing).toEqual([]);
  });
});

describe('the service layer’s sentences said in the app’s language', () => {
  afterAll(() => setLocale(null));
  const report = analyzeGaps(samplePlanDocument(), '2027-01-15');

  it('every finding of the sample plan reads in German, and in English as the service wrote it', () => {
    expect(report.findings.length).toBeGreaterThan(5);
    setLocale('en');
    for (const f of report.findings) {
      // The English catalogue says what the service said, to the quote (dates in words).
      if (f.text?.params.month === undefined && f.text?.params.due === undefined)
        expect(findingText(f)).toBe(f.message);
      expect(fixText(f)).toBe(f.fix.label);
      expect(ruleText(f.kind, f.rule)).toBe(f.rule);
    }
    setLocale('de');
    for (const f of report.findings) {
      expect(f.text, f.kind).toBeDefined();
      expect(findingText(f)).not.toBe(f.message);
      expect(findingText(f)).not.toMatch(/[{}]/);
      expect(fixText(f)).not.toBe(f.fix.label);
      expect(ruleText(f.kind, f.rule)).not.toBe(f.rule);
    }
  });

  it('dates and numbers in a sentence follow the app’s language', () => {
    const red = {
      key: 'finding.red_month_without_countermeasure',
      params: { kpi: 'NPS', code: 'O1', month: '2027-02', actual: 4.2, plan: 4 },
    };
    setLocale('de');
    expect(findingText({ message: '', text: red })).toBe(
      'NPS (O1) war im Februar 2027 rot: 4,2 gegenüber einem Plan von 4, und es gibt keine Gegenmaßnahme.',
    );
    setLocale('en');
    expect(
      findingText({
        message: '',
        text: { key: 'finding.overdue_tactic', params: { code: 'T1', title: 'x', due: '2027-01-05' } },
      }),
    ).toBe("Tactic T1 'x' was due on Jan 5, 2027 and is not done.");
  });

  it('an error leads in the app’s language, the service’s sentence under it; in English the service’s alone', () => {
    const refusal = 'no goal has id "g-9"';
    setLocale('de');
    expect(errorText('not_found', refusal)).toEqual({
      lead: 'Worauf sich das bezieht, ist nicht mehr im Plan.',
      detail: `Details (auf Englisch): ${refusal}`,
    });
    setLocale('en');
    expect(errorText('not_found', refusal)).toEqual({ lead: refusal, detail: null });
  });

  it('a right-to-left title inside a sentence is isolated, so the sentence around it keeps its order', () => {
    setLocale('de');
    const said = findingText({
      message: '',
      text: { key: 'finding.goal_without_tactics', params: { code: 'CS-1', title: 'שיפור זמני התגובה' } },
    });
    expect(said).toBe('Das Bereichsziel CS-1 „\u2068שיפור זמני התגובה\u2069“ hat keine Maßnahme, die es umsetzt.');
  });

  it('next year’s changes read in the app’s language, dates in its format', () => {
    setLocale('de');
    const period = {
      key: 'rollover.change.period',
      params: { was: 'unset', fromStartDate: '', fromEndDate: '', startDate: '2028-04-01', endDate: '2029-03-31' },
    };
    expect(sayText(period, '')).toBe('Zeitraum: nicht gesetzt → 1. Apr. 2028 bis 31. März 2029');
  });

  it('a field’s validation issue reads in the app’s language; an unknown one stays as the service said it', () => {
    setLocale('de');
    expect(fieldIssueText('must be at least 1')).toBe('muss mindestens 1 sein');
    expect(fieldIssueText('must be at most 300 characters')).toBe('darf höchstens 300 Zeichen lang sein');
    expect(fieldIssueText('must not be empty')).toBe('darf nicht leer sein');
    expect(fieldIssueText('must be at most 100 (a percent)')).toBe('darf höchstens 100 sein');
    expect(fieldIssueText('must hold at most 50 tags')).toBe('must hold at most 50 tags');
    setLocale('en');
    expect(fieldIssueText('must be at least 1')).toBe('must be at least 1');
  });

  it('undo labels read in the app’s language, with the operation’s verb', () => {
    const label = changeLabel('createGoal', 'Add goal', { code: 'CS-1', title: 'Faster answers' });
    expect(label.text).toBe("Add goal CS-1 'Faster answers'");
    setLocale('de');
    expect(historyText(label.message, label.text)).toBe('Bereichsziel hinzufügen: CS-1 „Faster answers“');
    expect(
      historyText({ key: 'undo.link.changed', params: { from: 'CS-1.3', to: 'CS-1', strength: 'medium' } }, ''),
    ).toBe('Verknüpfung CS-1.3 → CS-1 auf mittel geändert');
    setLocale('ja');
    expect(historyText({ key: 'undo.setWeights', params: { count: 3 } }, '')).toBe('ウェイト 3 件を設定');
    // A label without a message (an older service) stays as the service wrote it.
    expect(historyText(null, 'Renamed Ana to Anna')).toBe('Renamed Ana to Anna');
  });
});
