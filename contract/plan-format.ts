/**
 * The plan JSON interchange format, version 1 (a public contract: see README "Plan JSON format").
 *
 * Invariants:
 * - Ids are opaque strings, kept exactly as given, unique across the whole document.
 * - Optional fields may be omitted or null; export always writes every key (null when absent) so that
 *   export -> import -> export is byte-identical.
 * - Unknown keys are an error at every level.
 * - Array order is the items' sort order; `supports` order is kept too.
 */
import { z } from 'zod';
import { formatPath } from './errors.ts';
import { isWellFormedText, LONE_SURROGATE_MESSAGE } from './well-formed.ts';

export const HORIZONS = ['breakthrough', 'annual'] as const;
export const DIRECTIONS = ['increase', 'decrease'] as const;
export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export const TACTIC_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const;

export type Horizon = (typeof HORIZONS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Strength = (typeof STRENGTHS)[number];
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

export const PLAN_FORMAT = 'hoshin-plan';
export const PLAN_FORMAT_VERSION = 1;
export const DEFAULT_OWNER_LOAD_LIMIT = 8;

/** A calendar date written as YYYY-MM-DD that exists (2027-02-30 is refused). */
export const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
/** Every text field refuses lone surrogates (contract/well-formed.ts), in plan JSON and in operation inputs. */
const wellFormed = (text: string) => isWellFormedText(text);
export const entityId = z
  .string({ error: 'must be a string' })
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine(wellFormed, LONE_SURROGATE_MESSAGE);
const requiredText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(wellFormed, LONE_SURROGATE_MESSAGE);
const optionalText = (max: number) =>
  z
    .string({ error: 'must be a string or null' })
    .max(max, `must be at most ${max} characters`)
    .refine(wellFormed, LONE_SURROGATE_MESSAGE)
    .nullish()
    .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v));
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const finiteNumber = z.number({ error: 'must be a number or null' }).finite('must be a finite number');

export const strengthSchema = z.enum(STRENGTHS, { error: 'must be one of strong, medium, weak' });
export const horizonSchema = z.enum(HORIZONS, { error: 'must be one of breakthrough, annual' });
export const directionSchema = z.enum(DIRECTIONS, { error: 'must be one of increase, decrease' });
export const tacticStatusSchema = z.enum(TACTIC_STATUSES, {
  error: 'must be one of not_started, on_track, at_risk, off_track, done',
});

export const titleText = requiredText(300);
export const codeText = requiredText(40);
export const nameText = requiredText(200);
export const descriptionText = optionalText(10_000);
export const personText = optionalText(200);
export const visionText = optionalText(20_000);
export const noteText = requiredText(5000);
export const answerText = optionalText(5000);
export const dateOrNull = optionalDate;

export const TARGET_KINDS = ['absolute', 'relative'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const targetKindSchema = z.enum(TARGET_KINDS, { error: 'must be absolute or relative' });

export const kpiSchema = z.strictObject({
  name: requiredText(200),
  unit: optionalText(40),
  baseline: finiteNumber.nullish().transform((v) => v ?? null),
  target: finiteNumber.nullish().transform((v) => v ?? null),
  direction: directionSchema,
  /**
   * How `target` reads (added within version 1): `absolute` (the default, also when omitted or null) is the value
   * itself; `relative` is a change in percent from the baseline ("reduce downtime by 40 %" is -40, so a baseline of
   * 120 resolves to 72). Written only when relative, so older plans export as before.
   */
  targetKind: targetKindSchema.nullish(),
});
export const kpiOrNull = kpiSchema.nullish().transform((v) => v ?? null);

export const DEFAULT_REVIEW_TOLERANCE = 5;

export const ownerLoadLimitSchema = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1000, 'must be at most 1000');
/** Percent of the month's plan value within which a miss is amber rather than red. */
export const reviewToleranceSchema = z
  .number({ error: 'must be a number' })
  .min(0, 'must be at least 0')
  .max(100, 'must be at most 100');

/** The first day of the week, ISO 8601: 1 is Monday, 7 is Sunday. */
export const weekStartSchema = z
  .number({ error: 'must be a day of the week from 1 (Monday) to 7 (Sunday)' })
  .int('must be a day of the week from 1 (Monday) to 7 (Sunday)')
  .min(1, 'must be a day of the week from 1 (Monday) to 7 (Sunday)')
  .max(7, 'must be a day of the week from 1 (Monday) to 7 (Sunday)');
/** The month the fiscal year starts in: 1 is January (a calendar year), 4 is April. */
export const fiscalYearStartSchema = z
  .number({ error: 'must be a month from 1 (January) to 12 (December)' })
  .int('must be a month from 1 (January) to 12 (December)')
  .min(1, 'must be a month from 1 (January) to 12 (December)')
  .max(12, 'must be a month from 1 (January) to 12 (December)');
export const DEFAULT_WEEK_START = 1;
export const DEFAULT_FISCAL_YEAR_START = 1;

export const planSettingsSchema = z.strictObject({
  ownerLoadLimit: ownerLoadLimitSchema,
  reviewTolerance: reviewToleranceSchema.optional().default(DEFAULT_REVIEW_TOLERANCE),
  /** Added within version 1: written only when not Monday, so older plans export as before. */
  weekStart: weekStartSchema.optional().default(DEFAULT_WEEK_START),
  /** Added within version 1: written only when not January, so older plans export as before. */
  fiscalYearStart: fiscalYearStartSchema.optional().default(DEFAULT_FISCAL_YEAR_START),
});

const planHeaderSchema = z.strictObject({
  id: entityId,
  title: titleText,
  organisation: optionalText(200),
  periodStart: optionalDate,
  periodEnd: optionalDate,
  vision: visionText,
  settings: planSettingsSchema.nullish().transform(
    (v) =>
      v ?? {
        ownerLoadLimit: DEFAULT_OWNER_LOAD_LIMIT,
        reviewTolerance: DEFAULT_REVIEW_TOLERANCE,
        weekStart: DEFAULT_WEEK_START,
        fiscalYearStart: DEFAULT_FISCAL_YEAR_START,
      },
  ),
});

const departmentSchema = z.strictObject({ id: entityId, name: nameText, head: personText });

/**
 * The id, in the previous period's plan, of the item this one was carried over from (`hoshin rollover`). An id of
 * another document, so no reference check applies. Added within version 1 and the one optional key of an item:
 * omitted (or null) means "not carried"; loading and export give it only when set, so a plan that was never
 * rolled over reads and exports exactly as before, and code that builds an item need not name it.
 */
const carriedFrom = entityId.nullish();

/** An objective's or goal's weight within its level, in percent (0-100, decimals allowed). */
export const weightSchema = z
  .number({ error: 'must be a number (a percent) or null' })
  .finite('must be a finite number')
  .min(0, 'must be at least 0 (a percent)')
  .max(100, 'must be at most 100 (a percent)');
/**
 * Added within version 1, optional like `carriedFrom` (omitted or null: not set; export writes it only when set):
 * the weight, an objective's responsible department, a goal's supporting departments.
 */
const weight = weightSchema.nullish();

const goalSupportSchema = z.strictObject({ objectiveId: entityId, strength: strengthSchema });

const objectiveSchema = z.strictObject({
  id: entityId,
  code: codeText,
  title: titleText,
  description: descriptionText,
  horizon: horizonSchema,
  owner: personText,
  kpi: kpiOrNull,
  /** An annual objective's links to the breakthrough objectives it serves (the X-matrix's south-west corner). */
  supports: z
    .array(goalSupportSchema)
    .nullish()
    .transform((v) => v ?? []),
  carriedFrom,
  weight,
  /** The department responsible for the objective: its KPI's owner department (added within version 1). */
  departmentId: entityId.nullish(),
});

export const monthText = z
  .string({ error: 'must be a month written YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');
const optionalNumber = finiteNumber.nullish().transform((v) => v ?? null);

export const COUNTERMEASURE_STATUSES = ['open', 'in_progress', 'done'] as const;
export type CountermeasureStatus = (typeof COUNTERMEASURE_STATUSES)[number];

/** The monthly review (PDCA's Check and Act): KPI plan and actual values, countermeasures, tactic updates. */
export const reviewSchema = z.strictObject({
  /** One row per KPI and month that has a value set: `plan` only where it was set by hand (else interpolated). */
  months: z
    .array(z.strictObject({ itemId: entityId, month: monthText, plan: optionalNumber, actual: optionalNumber }))
    .nullish()
    .transform((v) => v ?? []),
  countermeasures: z
    .array(
      z.strictObject({
        id: entityId,
        itemId: entityId,
        month: monthText,
        rootCause: requiredText(2000),
        action: requiredText(2000),
        owner: personText,
        due: optionalDate,
        status: z.enum(COUNTERMEASURE_STATUSES, { error: 'must be open, in_progress or done' }),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  tacticUpdates: z
    .array(
      z.strictObject({
        id: entityId,
        tacticId: entityId,
        date: isoDate,
        status: tacticStatusSchema,
        note: optionalText(500),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});
const tacticSupportSchema = z.strictObject({ goalId: entityId, strength: strengthSchema });

const goalSchema = z.strictObject({
  id: entityId,
  code: codeText,
  departmentId: entityId,
  title: titleText,
  description: descriptionText,
  owner: personText,
  kpi: kpiOrNull,
  supports: z
    .array(goalSupportSchema)
    .nullish()
    .transform((v) => v ?? []),
  carriedFrom,
  weight,
  /** Departments that support the goal besides its own, in order (added within version 1). */
  supportingDepartmentIds: z.array(entityId, { error: 'must be a list of department ids' }).nullish(),
});

export const tagsSchema = z
  .array(requiredText(60), { error: 'must be a list of strings' })
  .max(50, 'must hold at most 50 tags')
  .refine((tags) => new Set(tags).size === tags.length, 'must not repeat a tag');

const tacticSchema = z.strictObject({
  id: entityId,
  code: codeText,
  departmentId: entityId,
  title: titleText,
  description: descriptionText,
  owner: personText,
  due: optionalDate,
  status: tacticStatusSchema.nullish().transform((v) => v ?? 'not_started'),
  tags: tagsSchema.nullish().transform((v) => v ?? []),
  supports: z
    .array(tacticSupportSchema)
    .nullish()
    .transform((v) => v ?? []),
  carriedFrom,
});

export const NOTE_KINDS = ['question', 'proposal'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A catchball note: a department's question or proposal to leadership about an item, and the answer. */
export const noteSchema = z.strictObject({
  id: entityId,
  /** The objective, goal or tactic the note is about (notes outlive nothing: deleting an item deletes them). */
  itemId: entityId,
  kind: z.enum(NOTE_KINDS, { error: 'must be question or proposal' }),
  text: noteText,
  author: personText,
  createdAt: z.iso.datetime({ offset: true, error: 'must be a date and time, e.g. 2027-01-31T09:30:00Z' }),
  answer: answerText,
  answeredBy: personText,
  answeredAt: z.iso
    .datetime({ offset: true, error: 'must be a date and time, e.g. 2027-01-31T09:30:00Z' })
    .nullish()
    .transform((v) => v ?? null),
  /**
   * The department that raised the note: set by the app (a draft's department; on merge, the department the
   * master issued the draft to), null for leadership's own notes. Added within version 1; omitted means null.
   */
  departmentId: entityId.nullish().transform((v) => v ?? null),
});

const planContentShape = {
  format: z.literal(PLAN_FORMAT, { error: `must be "${PLAN_FORMAT}"` }),
  version: z.literal(PLAN_FORMAT_VERSION, { error: `must be ${PLAN_FORMAT_VERSION} (the version this app reads)` }),
  plan: planHeaderSchema,
  departments: z.array(departmentSchema),
  objectives: z.array(objectiveSchema),
  goals: z.array(goalSchema),
  tactics: z.array(tacticSchema),
  /** Catchball notes; omitted from a plan that has none. */
  notes: z
    .array(noteSchema)
    .nullish()
    .transform((v) => v ?? []),
  /** The monthly review; omitted from a plan that has none. */
  review: reviewSchema.nullish().transform((v) => v ?? { months: [], countermeasures: [], tacticUpdates: [] }),
};

/** Cross-references: ids unique, every reference resolves, no link given twice, period in order. */
function checkReferences(doc: z.output<z.ZodObject<typeof planContentShape>>, ctx: z.RefinementCtx): void {
  // Where each id was first used, formatted only for a duplicate (every id of a 20,000-tactic plan passes through
  // here on each validation).
  const seen = new Map<string, (string | number)[]>();
  const claim = (id: string, path: (string | number)[]) => {
    const first = seen.get(id);
    if (first !== undefined) {
      const at = formatPath(first.slice(0, first.findIndex((k) => typeof k === 'number') + 1));
      ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}" (already used at ${at})` });
    } else {
      seen.set(id, path);
    }
  };
  doc.departments.forEach((d, i) => claim(d.id, ['departments', i, 'id']));
  doc.objectives.forEach((o, i) => claim(o.id, ['objectives', i, 'id']));
  doc.goals.forEach((g, i) => claim(g.id, ['goals', i, 'id']));
  doc.tactics.forEach((t, i) => claim(t.id, ['tactics', i, 'id']));
  doc.notes.forEach((n, i) => claim(n.id, ['notes', i, 'id']));

  const departments = new Set(doc.departments.map((d) => d.id));
  const objectives = new Set(doc.objectives.map((o) => o.id));
  const goals = new Set(doc.goals.map((g) => g.id));
  doc.goals.forEach((g, i) => {
    if (!departments.has(g.departmentId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['goals', i, 'departmentId'],
        message: `no department has id "${g.departmentId}"`,
      });
    }
    const supporting = new Set<string>();
    (g.supportingDepartmentIds ?? []).forEach((d, j) => {
      const path = ['goals', i, 'supportingDepartmentIds', j];
      if (!departments.has(d)) {
        ctx.addIssue({ code: 'custom', path, message: `no department has id "${d}"` });
      } else if (d === g.departmentId) {
        ctx.addIssue({ code: 'custom', path, message: `department "${d}" is the goal's own department` });
      } else if (supporting.has(d)) {
        ctx.addIssue({ code: 'custom', path, message: `department "${d}" is listed twice` });
      }
      supporting.add(d);
    });
    const linked = new Set<string>();
    g.supports.forEach((s, j) => {
      if (!objectives.has(s.objectiveId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'supports', j, 'objectiveId'],
          message: `no objective has id "${s.objectiveId}"`,
        });
      } else if (linked.has(s.objectiveId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'supports', j, 'objectiveId'],
          message: `objective "${s.objectiveId}" is listed twice`,
        });
      }
      linked.add(s.objectiveId);
    });
  });
  doc.tactics.forEach((t, i) => {
    if (!departments.has(t.departmentId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tactics', i, 'departmentId'],
        message: `no department has id "${t.departmentId}"`,
      });
    }
    const linked = new Set<string>();
    t.supports.forEach((s, j) => {
      if (!goals.has(s.goalId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tactics', i, 'supports', j, 'goalId'],
          message: `no goal has id "${s.goalId}"`,
        });
      } else if (linked.has(s.goalId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tactics', i, 'supports', j, 'goalId'],
          message: `goal "${s.goalId}" is listed twice`,
        });
      }
      linked.add(s.goalId);
    });
  });
  const horizonOf = new Map(doc.objectives.map((o) => [o.id, o.horizon]));
  doc.objectives.forEach((o, i) => {
    if (o.departmentId && !departments.has(o.departmentId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['objectives', i, 'departmentId'],
        message: `no department has id "${o.departmentId}"`,
      });
    }
    if (o.supports.length > 0 && o.horizon !== 'annual') {
      ctx.addIssue({
        code: 'custom',
        path: ['objectives', i, 'supports'],
        message: 'only an annual objective supports breakthrough objectives',
      });
      return;
    }
    const linked = new Set<string>();
    o.supports.forEach((s, j) => {
      const path = ['objectives', i, 'supports', j, 'objectiveId'];
      if (horizonOf.get(s.objectiveId) !== 'breakthrough') {
        ctx.addIssue({ code: 'custom', path, message: `no breakthrough objective has id "${s.objectiveId}"` });
      } else if (linked.has(s.objectiveId)) {
        ctx.addIssue({ code: 'custom', path, message: `objective "${s.objectiveId}" is listed twice` });
      }
      linked.add(s.objectiveId);
    });
  });
  const kpiItems = new Set([...doc.objectives, ...doc.goals].filter((x) => x.kpi !== null).map((x) => x.id));
  const seenMonths = new Set<string>();
  doc.review.months.forEach((m, i) => {
    if (!kpiItems.has(m.itemId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'months', i, 'itemId'],
        message: `no objective or goal with a KPI has id "${m.itemId}"`,
      });
    }
    const key = `${m.itemId}/${m.month}`;
    if (seenMonths.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'months', i, 'month'],
        message: `${m.month} of "${m.itemId}" is listed twice`,
      });
    }
    seenMonths.add(key);
  });
  doc.review.countermeasures.forEach((c, i) => {
    claim(c.id, ['review', 'countermeasures', i, 'id']);
    if (!kpiItems.has(c.itemId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'countermeasures', i, 'itemId'],
        message: `no objective or goal with a KPI has id "${c.itemId}"`,
      });
    }
  });
  const tacticIds = new Set(doc.tactics.map((t) => t.id));
  doc.review.tacticUpdates.forEach((u, i) => {
    claim(u.id, ['review', 'tacticUpdates', i, 'id']);
    if (!tacticIds.has(u.tacticId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'tacticUpdates', i, 'tacticId'],
        message: `no tactic has id "${u.tacticId}"`,
      });
    }
  });
  // A note is about an objective, goal or tactic (db/schema.ts `note.item_id`); nothing else carries one.
  const noteItems = new Set([...objectives, ...goals, ...tacticIds]);
  doc.notes.forEach((n, i) => {
    if (!noteItems.has(n.itemId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['notes', i, 'itemId'],
        message: `no objective, goal or tactic has id "${n.itemId}"`,
      });
    }
    if (n.departmentId !== null && !departments.has(n.departmentId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['notes', i, 'departmentId'],
        message: `no department has id "${n.departmentId}"`,
      });
    }
  });
  const { periodStart, periodEnd } = doc.plan;
  if (periodStart && periodEnd && periodStart > periodEnd) {
    ctx.addIssue({ code: 'custom', path: ['plan', 'periodEnd'], message: 'must not be before periodStart' });
  }
}

/** The plan as it stood when a draft was issued: what a merge compares the draft and the master against. */
export const basePlanSchema = z.strictObject(planContentShape).superRefine(checkReferences);

/** Present only in a department draft: where it came from and the base the merge needs. */
export const draftBlockSchema = z.strictObject({
  id: entityId,
  planId: entityId,
  departmentId: entityId,
  issuedAt: z.iso.datetime({ offset: true, error: 'must be a date and time, e.g. 2027-01-31T09:30:00Z' }),
  base: basePlanSchema,
});

export const planDocumentSchema = z
  .strictObject({
    ...planContentShape,
    /** Omitted from a plain plan. */
    draft: draftBlockSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((doc, ctx) => {
    checkReferences(doc, ctx);
    if (doc.draft) {
      if (doc.draft.planId !== doc.plan.id) {
        ctx.addIssue({ code: 'custom', path: ['draft', 'planId'], message: `must be the plan's id "${doc.plan.id}"` });
      }
      if (!doc.departments.some((d) => d.id === doc.draft!.departmentId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['draft', 'departmentId'],
          message: `no department has id "${doc.draft.departmentId}"`,
        });
      }
    }
  });

/** A validated plan document: every optional field present (null when absent). */
export type PlanDocument = z.output<typeof planDocumentSchema>;
export type PlanDocumentInput = z.input<typeof planDocumentSchema>;
export type PlanHeader = PlanDocument['plan'];
export type PlanSettings = PlanHeader['settings'];
export type Department = PlanDocument['departments'][number];
export type Objective = PlanDocument['objectives'][number];
export type Goal = PlanDocument['goals'][number];
export type Tactic = PlanDocument['tactics'][number];
export type Kpi = NonNullable<Objective['kpi']>;
export type GoalSupport = Goal['supports'][number];
export type TacticSupport = Tactic['supports'][number];
export type ItemKind = 'objective' | 'goal' | 'tactic';
export type Note = PlanDocument['notes'][number];
export type DraftBlock = NonNullable<PlanDocument['draft']>;
export type BasePlan = DraftBlock['base'];
export type Review = PlanDocument['review'];
export type KpiMonth = Review['months'][number];
export type Countermeasure = Review['countermeasures'][number];
export type TacticUpdate = Review['tacticUpdates'][number];
export type ObjectiveSupport = Objective['supports'][number];
