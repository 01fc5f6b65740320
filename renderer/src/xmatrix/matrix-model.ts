import type { LinkKind } from '../../../contract/api.ts';
import { relativeChangeText, resolvedTarget, roundForKpi, roundTo } from '../../../contract/kpi-values.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import type { Kpi, PlanDocument, Strength } from '../../../contract/plan-format.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

export type CellStrength = Strength | 'none';

/** Re-declared: the renderer may not import runtime values from contract/. */
export const STRENGTH_CYCLE: readonly CellStrength[] = ['none', 'weak', 'medium', 'strong'];
export const STRENGTH_SYMBOL: Record<CellStrength, string> = { strong: '●', medium: '○', weak: '△', none: '' };

export function nextStrength(current: CellStrength): CellStrength {
  const at = STRENGTH_CYCLE.indexOf(current);
  return STRENGTH_CYCLE[(at + 1) % STRENGTH_CYCLE.length] ?? 'none';
}

export interface MatrixItem {
  id: string;
  code: string;
  title: string;
  owner: string | null;
  /** Why the item's row or column is an unmet need (gap finding kinds); empty when it is served and serves. */
  gaps: string[];
  /** Its weight within its level, in percent, when given. */
  weight?: number;
}

/** A title with its weight, as the matrix writes it: "Cut churn · 40 %". */
export function weightedTitle(item: Pick<MatrixItem, 'title' | 'weight'>): string {
  return item.weight === undefined ? item.title : `${item.title} · ${roundTo(item.weight, 12)} %`;
}

export interface KpiColumn {
  /** `kpi:<item id>`, so a KPI column never shares an id with its item's own column. */
  id: string;
  itemId: string;
  code: string;
  kpi: Kpi;
  /** The department responsible for the objective this KPI measures (its owner department), if named. */
  department?: string;
}

export interface OwnerColumn {
  /** `owner:<name>` for a person, `department:<id>` for a department responsible for an objective. */
  id: string;
  name: string;
  /** Set on a department's column. */
  department?: true;
}

export interface MatrixCell {
  rowId: string;
  colId: string;
  strength: CellStrength;
  /** The link an edit writes; null for read-only derived cells. */
  link: { kind: LinkKind; fromId: string; toId: string } | null;
  label: string;
  /** The cell belongs to an unmet row or column. */
  gap: boolean;
}

export interface XMatrixModel {
  breakthroughs: MatrixItem[];
  annuals: MatrixItem[];
  goals: MatrixItem[];
  kpis: KpiColumn[];
  owners: OwnerColumn[];
  /** Objective columns of the north-west corner: annual objectives, then breakthroughs (goals may serve either). */
  objectiveColumns: MatrixItem[];
  /** goal id -> objective id -> cell (north-west, editable). */
  goalObjective: Map<string, Map<string, MatrixCell>>;
  /** annual id -> breakthrough id -> cell (south-west, editable). */
  annualBreakthrough: Map<string, Map<string, MatrixCell>>;
  /** row (goal or breakthrough) id -> KPI column id -> cell (north-east, derived). */
  itemKpi: Map<string, Map<string, MatrixCell>>;
  /** row id -> owner column id -> cell (far east, derived). */
  itemOwner: Map<string, Map<string, MatrixCell>>;
}

/** A KPI column's heading: its name, target and the department responsible for it ("Churn → 9 % · Support"). */
export function kpiHeading(k: KpiColumn): string {
  const unit = k.kpi.unit ? ` ${k.kpi.unit}` : '';
  const resolved = resolvedTarget(k.kpi);
  const value = (n: number) => `${roundTo(n, 12)}${unit}`;
  // A relative target says its change and what it comes to: "Downtime → −40 % (72 h)".
  const target =
    k.kpi.target === null
      ? ''
      : k.kpi.targetKind === 'relative'
        ? ` → ${relativeChangeText(k.kpi.target)}${resolved === null ? '' : ` (${value(roundForKpi(resolved, k.kpi))})`}`
        : ` → ${value(k.kpi.target)}`;
  return `${k.kpi.name}${target}${k.department ? ` · ${k.department}` : ''}`;
}

/** Findings that make a row or column of the matrix an unmet need. */
const ROW_GAP_KINDS = new Set([
  'orphaned_goal',
  'uncovered_objective',
  'annual_serves_no_breakthrough',
  'breakthrough_without_annual',
]);

function gapsById(gaps: GapReport | null): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const f of gaps?.findings ?? []) {
    if (!ROW_GAP_KINDS.has(f.kind)) continue;
    byId.set(f.id, [...(byId.get(f.id) ?? []), f.kind]);
  }
  for (const id of gaps?.orphanedGoals ?? []) {
    const kinds = byId.get(id) ?? [];
    if (!kinds.includes('orphaned_goal')) byId.set(id, [...kinds, 'orphaned_goal']);
  }
  for (const id of gaps?.uncoveredObjectives ?? []) {
    const kinds = byId.get(id) ?? [];
    if (!kinds.includes('uncovered_objective')) byId.set(id, [...kinds, 'uncovered_objective']);
  }
  return byId;
}

function put(map: Map<string, Map<string, MatrixCell>>, cell: MatrixCell): void {
  let row = map.get(cell.rowId);
  if (!row) {
    row = new Map();
    map.set(cell.rowId, row);
  }
  row.set(cell.colId, cell);
}

const cellLabel = (row: string, col: string, strength: CellStrength) => t('xmatrix.cell', { row, col, strength });

/**
 * The X-matrix as data: the four item lists, the KPI and owner columns, and every correlation cell. Row and
 * column ids of a cell name the supporting item first (goal, annual objective) and what it serves second, so a
 * cell's ids match the link it edits whichever way the matrix is drawn.
 */
export function buildXMatrix(plan: PlanDocument, gaps: GapReport | null): XMatrixModel {
  const gapMap = gapsById(gaps);
  const item = (x: {
    id: string;
    code: string;
    title: string;
    owner: string | null;
    weight?: number | null;
  }): MatrixItem => ({
    id: x.id,
    code: x.code,
    title: x.title,
    owner: x.owner,
    gaps: gapMap.get(x.id) ?? [],
    ...(x.weight === null || x.weight === undefined ? {} : { weight: x.weight }),
  });
  const breakthroughs = plan.objectives.filter((o) => o.horizon === 'breakthrough').map(item);
  const annuals = plan.objectives.filter((o) => o.horizon === 'annual').map(item);
  const goals = plan.goals.map(item);
  const objectiveColumns = [...annuals, ...breakthroughs];
  const codeOf = new Map<string, string>([...plan.objectives, ...plan.goals].map((x) => [x.id, x.code]));
  const has = (x: MatrixItem, kind: string) => x.gaps.includes(kind);

  const goalObjective = new Map<string, Map<string, MatrixCell>>();
  for (const g of plan.goals) {
    const links = new Map(g.supports.map((s) => [s.objectiveId, s.strength]));
    const goal = goals.find((x) => x.id === g.id)!;
    for (const o of objectiveColumns) {
      const strength: CellStrength = links.get(o.id) ?? 'none';
      put(goalObjective, {
        rowId: g.id,
        colId: o.id,
        strength,
        link: { kind: 'goal-objective', fromId: g.id, toId: o.id },
        label: cellLabel(g.code, o.code, strength),
        gap: has(goal, 'orphaned_goal') || has(o, 'uncovered_objective'),
      });
    }
  }

  const annualBreakthrough = new Map<string, Map<string, MatrixCell>>();
  for (const a of plan.objectives.filter((o) => o.horizon === 'annual')) {
    const links = new Map(a.supports.map((s) => [s.objectiveId, s.strength]));
    const annual = annuals.find((x) => x.id === a.id)!;
    for (const b of breakthroughs) {
      const strength: CellStrength = links.get(b.id) ?? 'none';
      put(annualBreakthrough, {
        rowId: a.id,
        colId: b.id,
        strength,
        link: { kind: 'annual-breakthrough', fromId: a.id, toId: b.id },
        label: cellLabel(a.code, b.code, strength),
        gap: has(annual, 'annual_serves_no_breakthrough') || has(b, 'breakthrough_without_annual'),
      });
    }
  }

  const departmentName = new Map(plan.departments.map((d) => [d.id, d.name]));
  const responsible = (x: { departmentId?: string | null }, isObjective: boolean) =>
    isObjective && x.departmentId ? departmentName.get(x.departmentId) : undefined;
  const kpis: KpiColumn[] = [
    ...plan.objectives.map((o) => [o, true] as const),
    ...plan.goals.map((g) => [g, false] as const),
  ].flatMap(([x, isObjective]) => {
    if (!x.kpi) return [];
    const department = responsible(x, isObjective);
    return [{ id: `kpi:${x.id}`, itemId: x.id, code: x.code, kpi: x.kpi, ...(department ? { department } : {}) }];
  });
  const rows = [...plan.goals, ...plan.objectives.filter((o) => o.horizon === 'breakthrough')];
  const itemKpi = new Map<string, Map<string, MatrixCell>>();
  for (const r of rows) {
    const links = new Map(('departmentId' in r ? r.supports : []).map((s) => [s.objectiveId, s.strength]));
    for (const k of kpis) {
      // A row's own KPI is its measure; an objective's KPI measures a goal as strongly as the goal serves it.
      const strength: CellStrength = k.itemId === r.id ? 'strong' : (links.get(k.itemId) ?? 'none');
      put(itemKpi, {
        rowId: r.id,
        colId: k.id,
        strength,
        link: null,
        label: cellLabel(r.code, t('xmatrix.kpiColumn', { code: k.code }), strength),
        gap: false,
      });
    }
  }

  const ownerNames = [...new Set(rows.map((r) => r.owner).filter((o): o is string => o !== null))];
  ownerNames.sort((a, b) => a.localeCompare(b));
  // Departments responsible for an objective come first, in plan order: a goal row is marked ● in its own
  // department's column and △ in a supporting department's, a breakthrough row ● in its responsible department's.
  const responsibleIds = new Set(plan.objectives.flatMap((o) => (o.departmentId ? [o.departmentId] : [])));
  const departmentColumns: OwnerColumn[] = plan.departments
    .filter((d) => responsibleIds.has(d.id))
    .map((d) => ({ id: `department:${d.id}`, name: d.name, department: true }));
  const owners: OwnerColumn[] = [...departmentColumns, ...ownerNames.map((name) => ({ id: `owner:${name}`, name }))];
  const departmentMark = (r: (typeof rows)[number], departmentId: string): CellStrength => {
    if ('horizon' in r) return r.departmentId === departmentId ? 'strong' : 'none';
    if (r.departmentId === departmentId) return 'strong';
    return (r.supportingDepartmentIds ?? []).includes(departmentId) ? 'weak' : 'none';
  };
  const itemOwner = new Map<string, Map<string, MatrixCell>>();
  for (const r of rows) {
    for (const o of owners) {
      const strength: CellStrength = o.department
        ? departmentMark(r, o.id.slice('department:'.length))
        : r.owner === o.name
          ? 'strong'
          : 'none';
      put(itemOwner, {
        rowId: r.id,
        colId: o.id,
        strength,
        link: null,
        label: cellLabel(codeOf.get(r.id) ?? r.id, o.name, strength),
        gap: false,
      });
    }
  }

  return {
    breakthroughs,
    annuals,
    goals,
    kpis,
    owners,
    objectiveColumns,
    goalObjective,
    annualBreakthrough,
    itemKpi,
    itemOwner,
  };
}

/** A short, human reason for an unmet row or column. */
export function gapReason(kinds: readonly string[]): string {
  const text: Record<string, MessageKey> = {
    orphaned_goal: 'xmatrix.reason.orphaned_goal',
    uncovered_objective: 'xmatrix.reason.uncovered_objective',
    annual_serves_no_breakthrough: 'xmatrix.reason.annual_serves_no_breakthrough',
    breakthrough_without_annual: 'xmatrix.reason.breakthrough_without_annual',
  };
  return kinds.map((k) => (text[k] ? t(text[k]) : k)).join('; ');
}
