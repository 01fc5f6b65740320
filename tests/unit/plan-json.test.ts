import { describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import { parsePlanJson, stringifyPlan, validatePlanDocument } from '../../core/plan-json.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const base = () => ({
  format: 'hoshin-plan',
  version: 1,
  plan: {
    id: 'p',
    title: 'Plan',
    organisation: 'Org',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    vision: 'Why',
  },
  departments: [{ id: 'd1', name: 'Support', head: 'Ana' }],
  objectives: [
    {
      id: 'o1',
      code: 'O1',
      title: 'Cut churn',
      description: null,
      horizon: 'annual',
      owner: 'Olu',
      kpi: { name: 'Churn', unit: '%', baseline: 14, target: 9, direction: 'decrease' },
    },
  ],
  goals: [
    {
      id: 'g1',
      code: 'SUP-1',
      departmentId: 'd1',
      title: 'Fix first time',
      description: null,
      owner: 'Gil',
      kpi: null,
      supports: [{ objectiveId: 'o1', strength: 'strong' }],
    },
  ],
  tactics: [
    {
      id: 't1',
      code: 'SUP-1.1',
      departmentId: 'd1',
      title: 'Knowledge base',
      description: null,
      owner: 'Tia',
      due: '2027-03-31',
      status: 'not_started',
      tags: ['FCR'],
      supports: [{ goalId: 'g1', strength: 'strong' }],
    },
  ],
});
type Doc = ReturnType<typeof base>;

/** The issues a broken document produces, as `path: message` lines. */
function issuesOf(mutate: (doc: Doc & Record<string, unknown>) => void): string[] {
  const doc = base() as Doc & Record<string, unknown>;
  mutate(doc);
  try {
    validatePlanDocument(doc);
  } catch (err) {
    expect(err).toBeInstanceOf(HoshinError);
    expect((err as HoshinError).code).toBe('invalid_input');
    return (err as HoshinError).issues!.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the document to be refused');
}

describe('plan JSON validation', () => {
  it('accepts the documented example and the sample plan', () => {
    expect(validatePlanDocument(base()).tactics[0]!.tags).toEqual(['FCR']);
    expect(samplePlanDocument().objectives.length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['unknown top-level key', (d: Doc & Record<string, unknown>) => (d.extra = 1), 'extra: unknown key'],
    ['unknown nested key', (d: Doc) => Object.assign(d.goals[0]!, { colour: 'red' }), 'goals[0].colour: unknown key'],
    ['wrong format', (d: Doc) => (d.format = 'okr-plan'), 'format: must be "hoshin-plan"'],
    ['newer version', (d: Doc) => (d.version = 2), 'version: must be 1 (the version this app reads)'],
    ['missing title', (d: Doc) => delete (d.plan as Partial<Doc['plan']>).title, 'plan.title: must be a string'],
    ['blank title', (d: Doc) => (d.objectives[0]!.title = '   '), 'objectives[0].title: must not be empty'],
    [
      'impossible date',
      (d: Doc) => (d.tactics[0]!.due = '2027-02-30'),
      'tactics[0].due: must be a date written YYYY-MM-DD',
    ],
    [
      'date in another format',
      (d: Doc) => (d.plan.periodStart = '01/01/2027'),
      'plan.periodStart: must be a date written YYYY-MM-DD',
    ],
    [
      'unknown strength',
      (d: Doc) => (d.goals[0]!.supports[0]!.strength = 'huge'),
      'goals[0].supports[0].strength: must be one of strong, medium, weak',
    ],
    [
      'unknown status',
      (d: Doc) => (d.tactics[0]!.status = 'late'),
      'tactics[0].status: must be one of not_started, on_track, at_risk, off_track, done',
    ],
    [
      'unknown horizon',
      (d: Doc) => (d.objectives[0]!.horizon = 'decade'),
      'objectives[0].horizon: must be one of breakthrough, annual',
    ],
    [
      'KPI without direction',
      (d: Doc) => delete (d.objectives[0]!.kpi as Partial<Doc['objectives'][0]['kpi']>).direction,
      'objectives[0].kpi.direction: must be one of increase, decrease',
    ],
    [
      'KPI target as text',
      (d: Doc) => ((d.objectives[0]!.kpi as Record<string, unknown>).target = '9'),
      'objectives[0].kpi.target: must be a number or null',
    ],
    [
      'tags not a list',
      (d: Doc) => ((d.tactics[0] as Record<string, unknown>).tags = 'FCR'),
      'tactics[0].tags: must be a list of strings',
    ],
    ['repeated tag', (d: Doc) => (d.tactics[0]!.tags = ['FCR', 'FCR']), 'tactics[0].tags: must not repeat a tag'],
    [
      'id not a string',
      (d: Doc) => ((d.departments[0] as Record<string, unknown>).id = 7),
      'departments[0].id: must be a string',
    ],
    ['empty id', (d: Doc) => (d.tactics[0]!.id = ''), 'tactics[0].id: must not be empty'],
    [
      'departments not a list',
      (d: Doc & Record<string, unknown>) => (d.departments = {} as never),
      'departments: Invalid input: expected array, received object',
    ],
  ])('refuses %s, naming the JSON path', (_name, mutate, expected) => {
    expect(issuesOf(mutate as (d: Doc & Record<string, unknown>) => void)).toContain(expected);
  });

  it.each([
    [
      'an id used twice across kinds',
      (d: Doc) => (d.tactics[0]!.id = 'g1'),
      'tactics[0].id: duplicate id "g1" (already used at goals[0])',
    ],
    [
      'a goal in a missing department',
      (d: Doc) => (d.goals[0]!.departmentId = 'd9'),
      'goals[0].departmentId: no department has id "d9"',
    ],
    [
      'a link to a missing objective',
      (d: Doc) => (d.goals[0]!.supports[0]!.objectiveId = 'o9'),
      'goals[0].supports[0].objectiveId: no objective has id "o9"',
    ],
    [
      'a link to a missing goal',
      (d: Doc) => (d.tactics[0]!.supports[0]!.goalId = 'g9'),
      'tactics[0].supports[0].goalId: no goal has id "g9"',
    ],
    [
      'the same link twice',
      (d: Doc) => d.tactics[0]!.supports.push({ goalId: 'g1', strength: 'weak' }),
      'tactics[0].supports[1].goalId: goal "g1" is listed twice',
    ],
    [
      'a period that ends before it starts',
      (d: Doc) => (d.plan.periodEnd = '2026-12-31'),
      'plan.periodEnd: must not be before periodStart',
    ],
  ])('refuses %s', (_name, mutate, expected) => {
    expect(issuesOf(mutate as (d: Doc & Record<string, unknown>) => void)).toEqual([expected]);
  });

  it('reports every shape problem at once', () => {
    const issues = issuesOf((d) => {
      d.tactics[0]!.status = 'late';
      d.objectives[0]!.code = '';
    });
    expect(issues).toHaveLength(2);
  });

  it('treats omitted and null optional fields alike, and fills defaults', () => {
    const omitted = validatePlanDocument({
      format: 'hoshin-plan',
      version: 1,
      plan: { id: 'p', title: 'P' },
      departments: [{ id: 'd', name: 'D' }],
      objectives: [{ id: 'o', code: 'O1', title: 'T', horizon: 'annual' }],
      goals: [{ id: 'g', code: 'G', departmentId: 'd', title: 'G' }],
      tactics: [{ id: 't', code: 'T', departmentId: 'd', title: 'T' }],
    });
    const nulls = validatePlanDocument({
      format: 'hoshin-plan',
      version: 1,
      plan: {
        id: 'p',
        title: 'P',
        organisation: null,
        periodStart: null,
        periodEnd: null,
        vision: null,
        settings: null,
      },
      departments: [{ id: 'd', name: 'D', head: null }],
      objectives: [{ id: 'o', code: 'O1', title: 'T', description: null, horizon: 'annual', owner: null, kpi: null }],
      goals: [
        {
          id: 'g',
          code: 'G',
          departmentId: 'd',
          title: 'G',
          description: null,
          owner: null,
          kpi: null,
          supports: null,
        },
      ],
      tactics: [
        {
          id: 't',
          code: 'T',
          departmentId: 'd',
          title: 'T',
          owner: null,
          due: null,
          status: null,
          tags: null,
          supports: null,
        },
      ],
    });
    expect(nulls).toEqual(omitted);
    expect(omitted.tactics[0]).toMatchObject({ status: 'not_started', tags: [], supports: [], due: null });
    expect(omitted.plan.settings).toEqual({ ownerLoadLimit: 8, reviewTolerance: 5, weekStart: 1, fiscalYearStart: 1 });
  });

  it('keeps ids exactly as given', () => {
    const doc = base();
    doc.objectives[0]!.id = '  Ø1 — ünïcode id  ';
    doc.goals[0]!.supports[0]!.objectiveId = '  Ø1 — ünïcode id  ';
    expect(validatePlanDocument(doc).objectives[0]!.id).toBe('  Ø1 — ünïcode id  ');
  });

  it('stringifies canonically: parse(stringify(x)) stringifies to the same text', () => {
    const text = stringifyPlan(samplePlanDocument());
    expect(stringifyPlan(parsePlanJson(text))).toBe(text);
    expect(Object.keys(JSON.parse(text).tactics[0])).toEqual([
      'id',
      'code',
      'departmentId',
      'title',
      'description',
      'owner',
      'due',
      'status',
      'tags',
      'supports',
    ]);
  });

  it('names a JSON syntax error and accepts a byte-order mark', () => {
    expect(() => parsePlanJson('{"format": "hoshin-plan",', 'x.json')).toThrow(/x\.json is not valid JSON/);
    expect(parsePlanJson(`\ufeff${JSON.stringify(base())}`).plan.id).toBe('p');
  });
});

describe('error paths', () => {
  it('quotes a key that is not a plain name, so the path stays readable', async () => {
    const { formatPath } = await import('../../contract/errors.ts');
    expect(formatPath(['tactics', 0, 'st{atus'])).toBe('tactics[0]["st{atus"]');
    expect(formatPath(['plan', 'colour'])).toBe('plan.colour');
    expect(formatPath(['a b'])).toBe('["a b"]');
  });
});
