/**
 * Plan JSON text <-> validated PlanDocument. Serialisation is canonical (two-space indent, keys in contract
 * order, every optional key present) so export -> import -> export is byte-identical.
 */
import type { z } from 'zod';
import { formatPath, HoshinError, type ErrorIssue } from '../contract/errors.ts';
import {
  DEFAULT_FISCAL_YEAR_START,
  DEFAULT_WEEK_START,
  planDocumentSchema,
  type BasePlan,
  type PlanDocument,
} from '../contract/plan-format.ts';
import { loneSurrogateIssues } from '../contract/well-formed.ts';
import { locateJsonError } from './json-syntax.ts';

export function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): ErrorIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), message: 'unknown key' }))
      : [{ path: formatPath([...prefix, ...issue.path]), message: issue.message }],
  );
}

export function invalidInput(what: string, issues: ErrorIssue[]): HoshinError {
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new HoshinError('invalid_input', `${what}: ${shown.join('; ')}${more}`, issues);
}

export function validatePlanDocument(value: unknown, what = 'invalid plan JSON'): PlanDocument {
  // Before the schema, so every string is covered (keys and tags too) and none reaches a transform repaired.
  const malformed = loneSurrogateIssues(value);
  if (malformed.length > 0) throw invalidInput(what, malformed);
  const parsed = planDocumentSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(what, zodIssues(parsed.error));
  return parsed.data;
}

export function parsePlanJson(text: string, source = 'plan JSON'): PlanDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const at = locateJsonError(body);
    const where = `line ${at.line}, column ${at.column}: ${at.reason}`;
    throw new HoshinError('invalid_input', `${source} is not valid JSON: ${where}`, [
      { path: '$', message: `not valid JSON: ${where}` },
    ]);
  }
  return validatePlanDocument(value, `${source} is not a valid Hoshin plan`);
}

/**
 * Plan JSON from a file's bytes: strict UTF-8 (a UTF-8 byte-order mark is allowed), so bytes that are not text
 * are refused with their offset instead of being silently replaced by U+FFFD, then parsePlanJson.
 */
export function parsePlanJsonBytes(data: Uint8Array, source = 'plan JSON'): PlanDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const offset = firstInvalidUtf8(data);
    throw new HoshinError('invalid_input', `${source} is not valid JSON: it is not UTF-8 text (byte ${offset})`, [
      { path: '$', message: `not UTF-8 text (byte ${offset})` },
    ]);
  }
  return parsePlanJson(text, source);
}

/** The offset of the first byte that cannot be part of valid UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(data: Uint8Array): number {
  // A streaming fatal decoder throws at the first byte that cannot continue the text.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < data.length; i++) {
    try {
      decoder.decode(data.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return data.length;
}

/** Canonical text of a document: the keys in contract order, whatever order the object was built in. */
export function stringifyPlan(doc: PlanDocument): string {
  return `${JSON.stringify(canonicalPlan(doc), null, 2)}\n`;
}

/** The document with keys in contract order; `notes` and `draft` only when present, so plain plans are unchanged. */
export function canonicalPlan(doc: PlanDocument | BasePlan): object {
  const canonical: Record<string, unknown> = {
    format: doc.format,
    version: doc.version,
    plan: {
      id: doc.plan.id,
      title: doc.plan.title,
      organisation: doc.plan.organisation,
      periodStart: doc.plan.periodStart,
      periodEnd: doc.plan.periodEnd,
      vision: doc.plan.vision,
      settings: {
        ownerLoadLimit: doc.plan.settings.ownerLoadLimit,
        reviewTolerance: doc.plan.settings.reviewTolerance,
        // Written only when set, so a plan that never set them exports as it did before they existed.
        ...(doc.plan.settings.weekStart !== DEFAULT_WEEK_START ? { weekStart: doc.plan.settings.weekStart } : {}),
        ...(doc.plan.settings.fiscalYearStart !== DEFAULT_FISCAL_YEAR_START
          ? { fiscalYearStart: doc.plan.settings.fiscalYearStart }
          : {}),
      },
    },
    departments: doc.departments.map((d) => ({ id: d.id, name: d.name, head: d.head })),
    objectives: doc.objectives.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      description: o.description,
      horizon: o.horizon,
      owner: o.owner,
      kpi: kpi(o.kpi),
      supports: o.supports.map((s) => ({ objectiveId: s.objectiveId, strength: s.strength })),
      ...carried(o.carriedFrom),
      ...weighted(o.weight),
      ...(o.departmentId ? { departmentId: o.departmentId } : {}),
    })),
    goals: doc.goals.map((g) => ({
      id: g.id,
      code: g.code,
      departmentId: g.departmentId,
      title: g.title,
      description: g.description,
      owner: g.owner,
      kpi: kpi(g.kpi),
      supports: g.supports.map((s) => ({ objectiveId: s.objectiveId, strength: s.strength })),
      ...carried(g.carriedFrom),
      ...weighted(g.weight),
      ...(g.supportingDepartmentIds?.length ? { supportingDepartmentIds: [...g.supportingDepartmentIds] } : {}),
    })),
    tactics: doc.tactics.map((t) => ({
      id: t.id,
      code: t.code,
      departmentId: t.departmentId,
      title: t.title,
      description: t.description,
      owner: t.owner,
      due: t.due,
      status: t.status,
      tags: [...t.tags],
      supports: t.supports.map((s) => ({ goalId: s.goalId, strength: s.strength })),
      ...carried(t.carriedFrom),
    })),
  };
  if (doc.notes.length > 0) {
    canonical.notes = doc.notes.map((n) => ({
      id: n.id,
      itemId: n.itemId,
      kind: n.kind,
      text: n.text,
      author: n.author,
      createdAt: n.createdAt,
      answer: n.answer,
      answeredBy: n.answeredBy,
      answeredAt: n.answeredAt,
      departmentId: n.departmentId,
    }));
  }
  const review = doc.review;
  if (review.months.length + review.countermeasures.length + review.tacticUpdates.length > 0) {
    canonical.review = {
      months: review.months.map((m) => ({ itemId: m.itemId, month: m.month, plan: m.plan, actual: m.actual })),
      countermeasures: review.countermeasures.map((c) => ({
        id: c.id,
        itemId: c.itemId,
        month: c.month,
        rootCause: c.rootCause,
        action: c.action,
        owner: c.owner,
        due: c.due,
        status: c.status,
      })),
      tacticUpdates: review.tacticUpdates.map((u) => ({
        id: u.id,
        tacticId: u.tacticId,
        date: u.date,
        status: u.status,
        note: u.note,
      })),
    };
  }
  if ('draft' in doc && doc.draft) {
    const { id, planId, departmentId, issuedAt, base } = doc.draft;
    canonical.draft = { id, planId, departmentId, issuedAt, base: canonicalPlan(base) };
  }
  return canonical;
}

/** `carriedFrom` is written only when set, so a plan that was never rolled over exports exactly as before. */
function carried(carriedFrom: string | null | undefined): { carriedFrom?: string } {
  return carriedFrom ? { carriedFrom } : {};
}

/** `weight`, an objective's `departmentId` and a goal's `supportingDepartmentIds` too: written only when set. */
function weighted(weight: number | null | undefined): { weight?: number } {
  return weight === null || weight === undefined ? {} : { weight };
}

function kpi(k: BasePlan['objectives'][number]['kpi']) {
  return (
    k && {
      name: k.name,
      unit: k.unit,
      baseline: k.baseline,
      target: k.target,
      direction: k.direction,
      ...(k.targetKind === 'relative' ? { targetKind: 'relative' as const } : {}),
    }
  );
}
