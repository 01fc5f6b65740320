/**
 * Recognised rows -> a plan document: a new plan, or (`--merge`) the given plan with the rows applied, items
 * matched by code. Pure: ids come from `newId`, nothing is read or written. Every problem becomes a row-level
 * error ("Annual objectives, row 14: target 'ninety' is not a number") and, with any error, no document.
 *
 * Invariants:
 * - Merging never removes an item or a link: links are added, or their strength changed; a column the sheet
 *   has sets its field (an empty cell clears an optional one), a column it lacks leaves the field as it is. So
 *   importing the same workbook twice changes nothing the second time.
 * - Departments are matched by name without regard to case and created once.
 * - Codes are matched without regard to case, per kind (objectives, goals, tactics): "1" may be an objective
 *   and a goal's code at once; a link names the kind it may point at (annual -> breakthrough, goal ->
 *   objective, tactic -> goal).
 */
import type { Department, Goal, Kpi, Objective, PlanDocument, Strength, Tactic } from '../../contract/plan-format.ts';
import { HoshinError } from '../../contract/errors.ts';
import { departmentPrefix } from '../codes.ts';
import { validatePlanDocument } from '../plan-json.ts';
import { PLAN_SHEET_ROWS } from './plan-sheets.ts';
import type { ItemRecord, Recognised } from './recognise.ts';
import type { ImportReport, RowAction, RowKind, RowLevel, RowReport } from './types.ts';
import {
  cellText,
  outlineKey,
  outlineParent,
  parseDate,
  parseDirection,
  parseNumber,
  parseStatus,
  parseTarget,
  parseTargetKind,
  parseWeight,
  splitCodes,
  splitTags,
  type CodeRef,
} from './values.ts';

export interface BuildOptions {
  /** The plan to merge into (`--merge`); null for a new plan. */
  base: PlanDocument | null;
  /** A new plan's title. */
  title: string;
  newId: () => string;
}

export interface BuildResult {
  /** Null when any row has an error. */
  document: PlanDocument | null;
  report: ImportReport;
}

/** The department of a goal or tactic that names none. */
export const UNASSIGNED_DEPARTMENT = 'Unassigned';

type Group = 'objective' | 'goal' | 'tactic';
type Item = Objective | Goal | Tactic;

interface Entry {
  group: Group;
  item: Item;
  before: Item | null;
  record: ItemRecord | null;
  /** Set when a KPI row gave this item its KPI (that row reports the KPI's change, not the item's). */
  kpiFrom: ItemRecord | null;
}

const LEVEL_NAME: Record<RowLevel, string> = {
  breakthrough: 'breakthrough objective',
  annual: 'annual objective',
  goal: 'goal',
  tactic: 'tactic',
  kpi: 'KPI',
};
const groupOf = (level: Exclude<RowLevel, 'kpi'>): Group =>
  level === 'breakthrough' || level === 'annual' ? 'objective' : level;
const BELOW: Record<RowLevel, RowLevel | null> = {
  breakthrough: 'annual',
  annual: 'goal',
  goal: 'tactic',
  tactic: null,
  kpi: null,
};
const KPI_FIELDS = ['kpi', 'unit', 'baseline', 'target', 'direction'] as const;

const PLAN_ROW_WORDS = new Map(
  PLAN_SHEET_ROWS.map(([key, words]) => [key, words.replace(/ \(.*\)$/, '').toLowerCase()]),
);

export function buildPlan(recognised: Recognised, options: BuildOptions): BuildResult {
  return new Builder(recognised, options).run();
}

class Builder {
  private readonly problems = new Map<ItemRecord, string[]>();
  private readonly extraRows: RowReport[];
  private readonly doc: PlanDocument;
  private readonly byCode: Record<Group, Map<string, Entry>> = {
    objective: new Map(),
    goal: new Map(),
    tactic: new Map(),
  };
  private readonly entries: Entry[] = [];
  /** The base plan's items by "group:id", so a row's Id column finds its item without a scan of every entry. */
  private readonly baseById = new Map<string, Entry>();
  private readonly entryOf = new Map<ItemRecord, Entry>();
  private readonly departments = new Map<string, Department>();
  private readonly createdDepartments: { department: Department; sheet: string; row: number }[] = [];
  private readonly usedIds = new Set<string>();
  private readonly nextNumber = new Map<string, number>();
  private readonly levels = new Map<ItemRecord, RowLevel | null>();
  private goalById = new Map<string, Goal>();

  private readonly recognised: Recognised;
  private readonly options: BuildOptions;

  constructor(recognised: Recognised, options: BuildOptions) {
    this.recognised = recognised;
    this.options = options;
    this.extraRows = [...recognised.problems];
    const base = options.base;
    this.doc = base
      ? {
          ...base,
          departments: [...base.departments],
          objectives: base.objectives.map((o) => ({ ...o, supports: [...o.supports] })),
          goals: base.goals.map((g) => ({ ...g, supports: [...g.supports] })),
          tactics: base.tactics.map((t) => ({ ...t, supports: [...t.supports] })),
        }
      : validatePlanDocument({
          format: 'hoshin-plan',
          version: 1,
          plan: { id: options.newId(), title: options.title.trim() || 'Imported plan' },
          departments: [],
          objectives: [],
          goals: [],
          tactics: [],
        });
    for (const d of this.doc.departments) {
      this.usedIds.add(d.id);
      const key = d.name.trim().toLowerCase();
      if (!this.departments.has(key)) this.departments.set(key, d);
    }
    const index = (group: Group, items: Item[]) => {
      for (const item of items) {
        this.usedIds.add(item.id);
        const entry: Entry = { group, item, before: { ...item }, record: null, kpiFrom: null };
        this.entries.push(entry);
        this.baseById.set(`${group}:${item.id}`, entry);
        const key = item.code.toLowerCase();
        if (!this.byCode[group].has(key)) this.byCode[group].set(key, entry);
      }
    };
    index('objective', this.doc.objectives);
    index('goal', this.doc.goals);
    index('tactic', this.doc.tactics);
    for (const n of this.doc.notes) this.usedIds.add(n.id);
    for (const c of this.doc.review.countermeasures) this.usedIds.add(c.id);
    for (const u of this.doc.review.tacticUpdates) this.usedIds.add(u.id);
  }

  run(): BuildResult {
    this.applyPlanSheet();
    this.applyDepartmentsSheet();
    const items = this.recognised.items;
    this.resolveLevels(items);
    const itemRecords = items.filter((r) => {
      const level = this.levels.get(r);
      return level !== null && level !== undefined && level !== 'kpi';
    });
    for (const record of itemRecords) this.applyItem(record);
    this.scaleFractionWeights(itemRecords);
    for (const record of itemRecords) this.applyLinks(record);
    this.assignTacticDepartments();
    const kpiRecords = items.filter((r) => this.levels.get(r) === 'kpi');
    const gridTargets = this.applyGrids(kpiRecords);
    for (const record of kpiRecords) this.applyKpi(record, gridTargets.get(record) ?? []);
    return this.finish();
  }

  // ---- helpers ----

  private problem(record: ItemRecord, message: string): void {
    const list = this.problems.get(record) ?? [];
    list.push(message);
    this.problems.set(record, list);
  }

  private header(record: ItemRecord, field: Parameters<ItemRecord['headers']['get']>[0]): string {
    return (record.headers.get(field) ?? field).toLowerCase();
  }

  private code(record: ItemRecord): string {
    return outlineKey(cellText(record.cells.get('code')));
  }

  private freshId(wanted: string): string {
    if (wanted !== '' && !this.usedIds.has(wanted)) {
      this.usedIds.add(wanted);
      return wanted;
    }
    let id = this.options.newId();
    while (this.usedIds.has(id)) id = this.options.newId();
    this.usedIds.add(id);
    return id;
  }

  /** The next free code with this prefix ("O6"), counting from the highest in use (read once per prefix). */
  private newCode(group: Group, prefix: string): string {
    let n = this.nextNumber.get(`${group}:${prefix}`);
    if (n === undefined) {
      n = 0;
      const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`, 'i');
      for (const key of this.byCode[group].keys()) {
        const m = pattern.exec(key);
        if (m) n = Math.max(n, Number(m[1]));
      }
    }
    n += 1;
    this.nextNumber.set(`${group}:${prefix}`, n);
    return `${prefix}${n}`;
  }

  private department(name: string, record: ItemRecord): Department {
    const key = name.trim().toLowerCase();
    const found = this.departments.get(key);
    if (found) return found;
    const department: Department = { id: this.freshId(''), name: name.trim(), head: null };
    this.departments.set(key, department);
    this.doc.departments.push(department);
    this.createdDepartments.push({ department, sheet: record.sheet, row: record.row });
    return department;
  }

  /**
   * A "Plan" sheet gives a new plan its header (title, organisation, period, vision, settings). Importing into an
   * existing plan keeps that plan's own: a workbook merged in must not rename the plan or move its period.
   */
  private applyPlanSheet(): void {
    const sheet = this.recognised.plan;
    if (!sheet) return;
    const merging = this.options.base !== null;
    const { ownerLoadLimit, reviewTolerance, weekStart, fiscalYearStart, ...header } = sheet.values;
    if (!merging) {
      const plan = this.doc.plan;
      Object.assign(plan, header);
      plan.settings = {
        ...plan.settings,
        ownerLoadLimit: ownerLoadLimit ?? plan.settings.ownerLoadLimit,
        reviewTolerance: reviewTolerance ?? plan.settings.reviewTolerance,
        weekStart: weekStart ?? plan.settings.weekStart,
        fiscalYearStart: fiscalYearStart ?? plan.settings.fiscalYearStart,
      };
    }
    for (const [key, row] of sheet.rows) {
      this.extraRows.push({
        sheet: sheet.sheet,
        row,
        action: merging ? 'unchanged' : 'create',
        kind: 'plan',
        code: null,
        message: merging
          ? `${sheet.sheet}, row ${row}: the plan's own ${PLAN_ROW_WORDS.get(key)} is kept when importing into it`
          : `${sheet.sheet}, row ${row}: sets the plan's ${PLAN_ROW_WORDS.get(key)}`,
      });
    }
  }

  /**
   * A "Departments" sheet: each department in its order, with its head. One already in the plan (names compared
   * case-insensitively) takes the sheet's head when the sheet has a Head column; a new one keeps the sheet's id
   * when that id is free. Goals and tactics then find their department by name as always.
   */
  private applyDepartmentsSheet(): void {
    for (const record of this.recognised.departments) {
      const key = record.name.trim().toLowerCase();
      const found = this.departments.get(key);
      const where = `${record.sheet}, row ${record.row}`;
      if (!found) {
        const department: Department = {
          id: this.freshId(record.id),
          name: record.name.trim(),
          head: record.head ?? null,
        };
        this.departments.set(key, department);
        this.doc.departments.push(department);
        this.createdDepartments.push({ department, sheet: record.sheet, row: record.row });
        continue;
      }
      const changes = record.head !== undefined && (found.head ?? null) !== record.head;
      if (changes) {
        const index = this.doc.departments.indexOf(found);
        const updated = { ...found, head: record.head ?? null };
        this.doc.departments[index] = updated;
        this.departments.set(key, updated);
      }
      this.extraRows.push({
        sheet: record.sheet,
        row: record.row,
        action: changes ? 'update' : 'unchanged',
        kind: 'department',
        code: null,
        message: changes
          ? `${where}: ${record.head ? `makes ${record.head} head of` : 'clears the head of'} ${found.name}`
          : `${where}: the department ${found.name} is already as given`,
      });
    }
  }

  /** The level of each row: its own (sheet or Level/Type cell), else one below its parent's, else annual. */
  private resolveLevels(records: readonly ItemRecord[]): void {
    const byCode = new Map<string, ItemRecord>();
    for (const r of records) {
      const code = this.code(r).toLowerCase();
      if (code !== '' && !byCode.has(`${r.sheet}\n${code}`)) byCode.set(`${r.sheet}\n${code}`, r);
    }
    const visiting = new Set<ItemRecord>();
    const levelOf = (r: ItemRecord): RowLevel | null => {
      if (this.levels.has(r)) return this.levels.get(r)!;
      if (r.level !== null) {
        this.levels.set(r, r.level);
        return r.level;
      }
      if (visiting.has(r)) {
        this.problem(r, 'its parents lead back to itself');
        this.levels.set(r, null);
        return null;
      }
      visiting.add(r);
      const parentCode = this.parentRefs(r)[0]?.code ?? null;
      let level: RowLevel | null = 'annual';
      if (parentCode !== null) {
        const parent = byCode.get(`${r.sheet}\n${parentCode.toLowerCase()}`);
        const parentLevel = parent ? levelOf(parent) : this.baseLevelOf(parentCode);
        if (parentLevel !== null) {
          level = BELOW[parentLevel];
          if (level === null)
            this.problem(r, `it is placed under ${parentCode}, a tactic, and nothing goes below a tactic`);
        }
      }
      visiting.delete(r);
      this.levels.set(r, level);
      return level;
    };
    for (const r of records) levelOf(r);
  }

  private baseLevelOf(code: string): RowLevel | null {
    const key = code.toLowerCase();
    const objective = this.byCode.objective.get(key);
    if (objective) return (objective.item as Objective).horizon;
    if (this.byCode.goal.has(key)) return 'goal';
    if (this.byCode.tactic.has(key)) return 'tactic';
    return null;
  }

  /** The codes a row names as its parents: its Supports/Parent cell, else the parent of its outline number. */
  private parentRefs(record: ItemRecord): (CodeRef & { outline: boolean })[] {
    const given = splitCodes(record.cells.get('supports'));
    if (given.length > 0) return given.map((g) => ({ ...g, code: outlineKey(g.code), outline: false }));
    const parent = outlineParent(this.code(record));
    return parent === null ? [] : [{ code: parent, strength: null, outline: true }];
  }

  // ---- items ----

  private applyItem(record: ItemRecord): void {
    const level = this.levels.get(record) as Exclude<RowLevel, 'kpi'>;
    const group = groupOf(level);
    const cells = record.cells;
    const has = (f: Parameters<typeof cells.has>[0]) => cells.has(f);
    const text = (f: Parameters<typeof cells.get>[0]) => cellText(cells.get(f));
    const code = this.code(record);
    const title = text('title');
    if (!has('title')) {
      this.problem(record, 'no column holds the title (name one Title, Objective or Name, or map one)');
      return;
    }
    if (title === '') {
      this.problem(record, `has no ${this.header(record, 'title')}`);
      return;
    }
    let entry = code === '' ? undefined : this.byCode[group].get(code.toLowerCase());
    if (entry?.record) {
      this.problem(record, `code ${code} is used again (already by ${entry.record.sheet}, row ${entry.record.row})`);
      return;
    }
    if (!entry && has('id')) {
      const id = text('id');
      const byId = this.baseById.get(`${group}:${id}`);
      if (id !== '' && byId && byId.record === null) entry = byId;
    }
    if (!entry) {
      const departmentName =
        group === 'objective'
          ? ''
          : text('department')
              .split(/[,;\n]/)[0]!
              .trim();
      // A tactic that names no department takes its goal's, known once links are read (assignTacticDepartments).
      const departmentId =
        group === 'objective' || (group === 'tactic' && departmentName === '')
          ? ''
          : this.department(departmentName || UNASSIGNED_DEPARTMENT, record).id;
      const id = this.freshId(has('id') ? text('id') : '');
      const prefix =
        level === 'breakthrough'
          ? 'B'
          : level === 'annual'
            ? 'O'
            : level === 'goal'
              ? `${departmentPrefix(departmentName || UNASSIGNED_DEPARTMENT)}-`
              : 'T';
      const newCode = code !== '' ? code : this.newCode(group, prefix);
      const common = { id, code: newCode, title, description: null, owner: null };
      const item: Item =
        group === 'objective'
          ? { ...common, horizon: level as Objective['horizon'], kpi: null, supports: [] }
          : group === 'goal'
            ? { ...common, departmentId, kpi: null, supports: [] }
            : { ...common, departmentId, due: null, status: 'not_started', tags: [], supports: [] };
      entry = { group, item, before: null, record, kpiFrom: null };
      this.entries.push(entry);
      this.byCode[group].set(newCode.toLowerCase(), entry);
      if (group === 'objective') this.doc.objectives.push(item as Objective);
      else if (group === 'goal') this.doc.goals.push(item as Goal);
      else this.doc.tactics.push(item as Tactic);
    }
    entry.record = record;
    this.entryOf.set(record, entry);
    const item = entry.item as Item & Partial<Objective & Goal & Tactic>;
    item.title = title;
    if (code !== '') item.code = code;
    if (has('description')) item.description = text('description') || null;
    if (has('owner')) item.owner = text('owner') || null;
    if (group === 'objective') (item as Objective).horizon = level as Objective['horizon'];
    if (group !== 'objective' && has('department') && text('department') !== '' && entry.before !== null) {
      (item as Goal).departmentId = this.department(text('department').split(/[,;\n]/)[0]!, record).id;
    }
    if (group !== 'tactic') {
      this.applyItemKpi(record, item as Objective | Goal);
      this.applyWeight(record, item as Objective | Goal);
    }
    if (group === 'objective' && has('department')) {
      // On an objective's row the department is the one responsible for it (its KPI's owner).
      const name = text('department')
        .split(/[,;\n]/)[0]!
        .trim();
      const objective = item as Objective;
      if (name === '') delete objective.departmentId;
      else objective.departmentId = this.department(name, record).id;
    }
    if (group === 'goal') this.applySupporting(record, item as Goal);
    if (group === 'tactic') {
      const tactic = item as Tactic;
      if (has('due')) {
        const due = parseDate(cells.get('due'));
        if (due.ok) tactic.due = due.value;
        else this.problem(record, `${this.header(record, 'due')} ${due.problem}`);
      }
      if (has('status')) {
        const status = parseStatus(cells.get('status'));
        if (status.ok) tactic.status = status.value ?? 'not_started';
        else this.problem(record, `${this.header(record, 'status')} ${status.problem}`);
      }
      if (has('tags')) tactic.tags = splitTags(cells.get('tags'));
    }
  }

  /**
   * A Weight (%) column formatted as percent in Excel holds fractions (40 % is 0.4): when every weight a sheet
   * gives is at most 1 and they add up to 1, they are read as fractions of 100 (0.4 is 40). Weights of 0.5 % and
   * 0.5 % alone would be read so too; such weights do not occur in a plan.
   */
  private scaleFractionWeights(records: readonly ItemRecord[]): void {
    const bySheet = new Map<string, (Objective | Goal)[]>();
    for (const record of records) {
      if (!record.cells.has('weight')) continue;
      const item = this.entryOf.get(record)?.item as (Objective | Goal) | undefined;
      if (item?.weight === undefined || item.weight === null) continue;
      const list = bySheet.get(record.sheet) ?? [];
      list.push(item);
      bySheet.set(record.sheet, list);
    }
    for (const items of bySheet.values()) {
      const sum = items.reduce((n, x) => n + x.weight!, 0);
      if (items.length < 2 || items.some((x) => x.weight! > 1) || Math.abs(sum - 1) > 0.0001) continue;
      for (const x of items) x.weight = Number((x.weight! * 100).toFixed(10));
    }
  }

  /** A Weight (%) column: the item's weight (an empty cell clears it). */
  private applyWeight(record: ItemRecord, item: Objective | Goal): void {
    if (!record.cells.has('weight')) return;
    const parsed = parseWeight(record.cells.get('weight'));
    if (!parsed.ok) this.problem(record, `${this.header(record, 'weight')} ${parsed.problem}`);
    else if (parsed.value === null) delete item.weight;
    else item.weight = parsed.value;
  }

  /**
   * A goal's Supporting column: department names (created once, like any department) besides its own, in order;
   * the goal's own department named there is left out, an empty cell clears the list.
   */
  private applySupporting(record: ItemRecord, goal: Goal): void {
    if (!record.cells.has('supportingDepartments')) return;
    const ids: string[] = [];
    for (const name of cellText(record.cells.get('supportingDepartments')).split(/[,;\n\r]+/)) {
      if (name.trim() === '') continue;
      const id = this.department(name, record).id;
      if (id !== goal.departmentId && !ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) delete goal.supportingDepartmentIds;
    else goal.supportingDepartmentIds = ids;
  }

  /** The KPI columns of an objective's or goal's own row (our export has them; so do many X-matrices). */
  private applyItemKpi(record: ItemRecord, item: Objective | Goal): void {
    const present = KPI_FIELDS.filter((f) => record.cells.has(f));
    if (present.length === 0) return;
    const blank = present.every((f) => cellText(record.cells.get(f)) === '');
    if (blank) {
      if (record.cells.has('kpi') || item.kpi === null) item.kpi = null;
      return;
    }
    const kpi = this.kpiFrom(record, item.kpi, cellText(record.cells.get('kpi')) || item.kpi?.name || item.title);
    if (kpi) item.kpi = kpi;
  }

  /** A KPI from a row's Unit, Baseline, Target and Direction cells over `current` (columns it lacks are kept). */
  private kpiFrom(record: ItemRecord, current: Kpi | null, name: string): Kpi | null {
    const cells = record.cells;
    const number = (f: 'baseline' | 'target', fallback: number | null) => {
      if (!cells.has(f)) return fallback;
      const parsed = parseNumber(cells.get(f));
      if (parsed.ok) return parsed.value;
      this.problem(record, `${this.header(record, f)} ${parsed.problem}`);
      return null;
    };
    const baseline = number('baseline', current?.baseline ?? null);
    const unit = cells.has('unit') ? cellText(cells.get('unit')) || null : (current?.unit ?? null);
    // A target is a value, or a change in percent from the baseline ("reduce by 40 %", or a Target kind column).
    let target = current?.target ?? null;
    let relative = current?.targetKind === 'relative';
    let saidRelative = false;
    if (cells.has('target')) {
      const parsed = parseTarget(cells.get('target'), unit);
      if (parsed.ok) {
        target = parsed.value.value;
        relative = saidRelative = parsed.value.relative;
      } else this.problem(record, `${this.header(record, 'target')} ${parsed.problem}`);
    }
    if (cells.has('targetKind')) {
      const kind = parseTargetKind(cells.get('targetKind'));
      if (!kind.ok) this.problem(record, `${this.header(record, 'targetKind')} ${kind.problem}`);
      else if (kind.value === 'absolute' && saidRelative)
        this.problem(
          record,
          `${this.header(record, 'target')} '${cellText(cells.get('target'))}' is a change from the baseline, but ${this.header(record, 'targetKind')} says absolute`,
        );
      else if (kind.value !== null) relative = kind.value === 'relative';
      else if (!saidRelative) relative = false;
    }
    let direction = current?.direction ?? null;
    if (cells.has('direction')) {
      const parsed = parseDirection(cells.get('direction'));
      if (parsed.ok) direction = parsed.value ?? direction;
      else this.problem(record, `${this.header(record, 'direction')} ${parsed.problem}`);
    }
    direction ??=
      target !== null && (relative ? target < 0 : baseline !== null && target < baseline) ? 'decrease' : 'increase';
    return { name, unit, baseline, target, direction, ...(relative ? { targetKind: 'relative' as const } : {}) };
  }

  // ---- links ----

  private applyLinks(record: ItemRecord): void {
    const entry = this.entryOf.get(record);
    if (!entry) return;
    const level = this.levels.get(record) as Exclude<RowLevel, 'kpi'>;
    for (const ref of this.parentRefs(record)) {
      const target = this.linkTarget(level, ref.code);
      if (typeof target === 'string') {
        if (!ref.outline) this.problem(record, target);
        continue;
      }
      this.link(entry, target, ref.strength);
    }
  }

  /** The item a `level` row may link to by this code, or why it cannot. */
  private linkTarget(level: Exclude<RowLevel, 'kpi'>, code: string): Entry | string {
    const key = code.toLowerCase();
    if (level === 'breakthrough') return `${code}: a breakthrough objective supports nothing above it`;
    if (level === 'tactic') {
      const goal = this.byCode.goal.get(key);
      if (goal) return goal;
      const other = this.byCode.objective.get(key);
      return other
        ? `${code} is an objective, and a tactic supports goals (improvement priorities)`
        : `no goal has code ${code}`;
    }
    const objective = this.byCode.objective.get(key);
    if (level === 'annual') {
      if (objective && (objective.item as Objective).horizon === 'breakthrough') return objective;
      return objective
        ? `${code} is an annual objective; an annual objective supports breakthrough objectives`
        : `no breakthrough objective has code ${code}`;
    }
    if (objective) return objective;
    return this.byCode.goal.has(key)
      ? `${code} is a goal, and a goal supports objectives`
      : `no objective has code ${code}`;
  }

  private link(child: Entry, parent: Entry, strength: Strength | null): void {
    const item = child.item;
    if (child.group === 'tactic') {
      const supports = (item as Tactic).supports;
      const at = supports.findIndex((s) => s.goalId === parent.item.id);
      if (at < 0) supports.push({ goalId: parent.item.id, strength: strength ?? 'strong' });
      else if (strength !== null) supports[at] = { goalId: parent.item.id, strength };
    } else {
      const supports = (item as Objective | Goal).supports;
      const at = supports.findIndex((s) => s.objectiveId === parent.item.id);
      if (at < 0) supports.push({ objectiveId: parent.item.id, strength: strength ?? 'strong' });
      else if (strength !== null) supports[at] = { objectiveId: parent.item.id, strength };
    }
  }

  /** A new tactic that names no department is its (first) goal's; failing that, Unassigned's. */
  private assignTacticDepartments(): void {
    this.goalById = new Map(this.doc.goals.map((g) => [g.id, g]));
    for (const entry of this.entries) {
      if (entry.group !== 'tactic' || entry.before !== null || !entry.record) continue;
      const tactic = entry.item as Tactic;
      if (tactic.departmentId !== '') continue;
      const goalId = tactic.supports[0]?.goalId;
      const goal = goalId === undefined ? undefined : this.goalById.get(goalId);
      tactic.departmentId = goal ? goal.departmentId : this.department(UNASSIGNED_DEPARTMENT, entry.record).id;
    }
  }

  // ---- correlation grids ----

  /** Applies every grid's marks; answers the items each KPI row was marked against (for applyKpi). */
  private applyGrids(kpiRecords: readonly ItemRecord[]): Map<ItemRecord, Entry[]> {
    const kpiByCode = new Map<string, ItemRecord>();
    for (const r of kpiRecords) {
      const code = this.code(r).toLowerCase();
      if (code !== '' && !kpiByCode.has(code)) kpiByCode.set(code, r);
    }
    const kpiTargets = new Map<ItemRecord, Entry[]>();
    const levelsOf = (code: string): RowLevel[] => {
      const key = outlineKey(code).toLowerCase();
      const found: RowLevel[] = [];
      const o = this.byCode.objective.get(key);
      if (o) found.push((o.item as Objective).horizon);
      if (this.byCode.goal.has(key)) found.push('goal');
      if (this.byCode.tactic.has(key)) found.push('tactic');
      if (kpiByCode.has(key)) found.push('kpi');
      return found;
    };
    const axisLevel = (codes: readonly string[]): RowLevel | null => {
      const counts = new Map<RowLevel, number>();
      for (const c of codes) for (const l of levelsOf(c)) counts.set(l, (counts.get(l) ?? 0) + 1);
      let best: RowLevel | null = null;
      for (const [l, n] of counts) if (best === null || n > counts.get(best)!) best = l;
      return best;
    };
    for (const grid of this.recognised.grids) {
      if (grid.rows.length === 0) continue;
      const rowLevel = axisLevel(grid.rows.map((r) => r.rowCode));
      const columnLevel = axisLevel([...new Set(grid.rows.flatMap((r) => r.marks.map((m) => m.columnCode)))]);
      const gridError = (row: number, message: string) =>
        this.extraRows.push({
          sheet: grid.sheet,
          row,
          action: 'error',
          kind: 'link',
          code: null,
          message: `${grid.sheet}, row ${row}: ${message}`,
        });
      if (rowLevel === null || columnLevel === null) {
        gridError(
          grid.rows[0]!.row,
          `its ${rowLevel === null ? 'row' : 'column'} codes name no item of the plan or workbook`,
        );
        continue;
      }
      const pair = orientation(rowLevel, columnLevel);
      if (pair === null) {
        gridError(
          grid.rows[0]!.row,
          `it links ${LEVEL_NAME[rowLevel]}s to ${LEVEL_NAME[columnLevel]}s, which the plan cannot hold (annual objectives serve breakthrough objectives, goals serve objectives, tactics serve goals, a KPI measures an objective or goal)`,
        );
        continue;
      }
      for (const row of grid.rows) {
        const bad: string[] = [];
        let created = 0;
        let changed = 0;
        for (const mark of row.marks) {
          const ends = [
            { code: row.rowCode, level: rowLevel },
            { code: mark.columnCode, level: columnLevel },
          ];
          const [childEnd, parentEnd] = pair === 'row-child' ? ends : [ends[1]!, ends[0]!];
          const parent = this.entryAt(parentEnd!.level, parentEnd!.code);
          if (!parent) {
            bad.push(`${parentEnd!.code} is not a ${LEVEL_NAME[parentEnd!.level]}`);
            continue;
          }
          if (childEnd!.level === 'kpi') {
            const kpi = kpiByCode.get(outlineKey(childEnd!.code).toLowerCase());
            if (!kpi) {
              bad.push(`${childEnd!.code} is not a KPI`);
              continue;
            }
            const list = kpiTargets.get(kpi) ?? [];
            if (!list.includes(parent)) list.push(parent);
            kpiTargets.set(kpi, list);
            continue;
          }
          const child = this.entryAt(childEnd!.level, childEnd!.code);
          if (!child) {
            bad.push(`${childEnd!.code} is not a ${LEVEL_NAME[childEnd!.level]}`);
            continue;
          }
          const before = JSON.stringify(child.item.supports);
          const count = child.item.supports.length;
          this.link(child, parent, mark.strength);
          if (child.item.supports.length > count) created++;
          else if (JSON.stringify(child.item.supports) !== before) changed++;
        }
        const summary = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
        if (bad.length > 0) gridError(row.row, bad.join('; '));
        else
          this.extraRows.push({
            sheet: grid.sheet,
            row: row.row,
            action: created > 0 ? 'create' : changed > 0 ? 'update' : 'unchanged',
            kind: 'link',
            code: row.rowCode,
            message:
              created + changed > 0
                ? `${grid.sheet}, row ${row.row}: ${[created > 0 ? `adds ${summary(created, 'link')}` : '', changed > 0 ? `changes the strength of ${summary(changed, 'link')}` : ''].filter(Boolean).join(', ')}`
                : `${grid.sheet}, row ${row.row}: its ${summary(row.marks.length, 'link')} already in the plan`,
          });
      }
    }
    return kpiTargets;
  }

  private entryAt(level: RowLevel, code: string): Entry | undefined {
    if (level === 'kpi') return undefined;
    const entry = this.byCode[groupOf(level)].get(outlineKey(code).toLowerCase());
    if (!entry) return undefined;
    if (entry.group === 'objective' && (entry.item as Objective).horizon !== level) return undefined;
    return entry;
  }

  // ---- KPI rows ----

  private applyKpi(record: ItemRecord, marked: Entry[]): void {
    const name = cellText(record.cells.get('title')) || cellText(record.cells.get('kpi'));
    if (name === '') {
      this.problem(record, 'has no KPI name');
      return;
    }
    const code = this.code(record);
    let targets: Entry[] = [];
    const named = splitCodes(record.cells.get('measures'));
    for (const ref of named) {
      const key = outlineKey(ref.code).toLowerCase();
      const target = this.byCode.objective.get(key) ?? this.byCode.goal.get(key);
      if (target) targets.push(target);
      else if (this.byCode.tactic.has(key)) this.problem(record, `${ref.code} is a tactic, and a tactic holds no KPI`);
      else this.problem(record, `no objective or goal has code ${ref.code}`);
    }
    if (named.length === 0 && code !== '') {
      const same = this.byCode.objective.get(code.toLowerCase()) ?? this.byCode.goal.get(code.toLowerCase());
      if (same) targets.push(same);
    }
    if (targets.length === 0 && named.length === 0) targets = marked;
    if (targets.length === 0) {
      if (named.length === 0)
        this.problem(
          record,
          'names no objective or goal it measures (give its code in a column such as Measures or Objective)',
        );
      return;
    }
    for (const target of targets) {
      if (target.kpiFrom) {
        this.problem(
          record,
          `${target.item.code} already has a KPI from ${target.kpiFrom.sheet}, row ${target.kpiFrom.row} (an objective or goal holds one KPI)`,
        );
        continue;
      }
      const item = target.item as Objective | Goal;
      const kpi = this.kpiFrom(record, item.kpi, name);
      if (kpi) item.kpi = kpi;
      target.kpiFrom = record;
      // A KPI sheet's Department is the KPI's owner department: the one responsible for the objective it measures.
      const department = cellText(record.cells.get('department'))
        .split(/[,;\n]/)[0]!
        .trim();
      if (target.group === 'objective' && department !== '')
        (item as Objective).departmentId = this.department(department, record).id;
    }
    this.kpiTargets.set(record, targets);
  }

  private readonly kpiTargets = new Map<ItemRecord, Entry[]>();

  // ---- the result ----

  private finish(): BuildResult {
    const rows: RowReport[] = [];
    for (const { department, sheet, row } of this.createdDepartments) {
      rows.push({
        sheet,
        row,
        action: 'create',
        kind: 'department',
        code: null,
        message: `${sheet}, row ${row}: creates the department ${department.name}`,
      });
    }
    for (const record of this.recognised.items) {
      const problems = this.problems.get(record);
      const level = this.levels.get(record) ?? null;
      const kind: RowKind = level === null ? 'row' : level === 'kpi' ? 'kpi' : groupOf(level);
      const code = this.entryOf.get(record)?.item.code ?? (this.code(record) || null);
      const where = `${record.sheet}, row ${record.row}`;
      if (problems) {
        rows.push({
          sheet: record.sheet,
          row: record.row,
          action: 'error',
          kind,
          code,
          message: `${where}: ${problems.join('; ')}`,
        });
        continue;
      }
      if (level === 'kpi') {
        const targets = this.kpiTargets.get(record) ?? [];
        const changes = targets.map((t) => kpiChange(t.before as Objective | Goal | null, t.item as Objective | Goal));
        const action: RowAction = changes.includes('create')
          ? 'create'
          : changes.includes('update')
            ? 'update'
            : 'unchanged';
        const names = targets.map((t) => t.item.code).join(', ');
        rows.push({
          sheet: record.sheet,
          row: record.row,
          action,
          kind,
          code: this.code(record) || null,
          message: `${where}: ${action === 'unchanged' ? `the KPI of ${names} is already as given` : `${action === 'create' ? 'sets' : 'updates'} the KPI of ${names}`}`,
        });
        continue;
      }
      const entry = this.entryOf.get(record)!;
      const what = `${LEVEL_NAME[level!]} ${entry.item.code}`;
      if (entry.before === null) {
        rows.push({
          sheet: record.sheet,
          row: record.row,
          action: 'create',
          kind,
          code,
          message: `${where}: creates ${what} '${entry.item.title}'`,
        });
        continue;
      }
      const changed = changedFields(entry.before, entry.item, entry.kpiFrom !== null);
      rows.push({
        sheet: record.sheet,
        row: record.row,
        action: changed.length > 0 ? 'update' : 'unchanged',
        kind,
        code,
        message:
          changed.length > 0
            ? `${where}: updates ${what} (${changed.join(', ')})`
            : `${where}: ${what} is already as given`,
      });
    }
    rows.push(...this.extraRows);
    rows.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
    let document: PlanDocument | null = null;
    if (!rows.some((r) => r.action === 'error')) {
      try {
        document = validatePlanDocument(this.doc, 'the imported plan is not valid');
      } catch (err) {
        if (!(err instanceof HoshinError)) throw err;
        rows.push(...this.validationRows(err));
      }
    }
    const count = (action: RowAction) => rows.filter((r) => r.action === action).length;
    const report: ImportReport = {
      sheets: this.recognised.sheets,
      rows,
      summary: {
        create: count('create'),
        update: count('update'),
        unchanged: count('unchanged'),
        error: count('error'),
        departmentsCreated: this.createdDepartments.map((d) => d.department.name),
        ignoredColumns: this.recognised.sheets.flatMap((s) =>
          Object.entries(s.columns)
            .filter(([, f]) => f === 'ignored' || f === 'unmapped')
            .map(([h]) => `${s.name}: ${h}`),
        ),
        written: false,
      },
    };
    return { document, report };
  }

  /** Schema problems of the built document ("objectives[3].title: too long") as the rows that caused them. */
  private validationRows(err: HoshinError): RowReport[] {
    const lists = { objectives: this.doc.objectives, goals: this.doc.goals, tactics: this.doc.tactics } as const;
    return (err.issues ?? [{ path: '$', message: err.message }]).map((issue) => {
      const m = /^(objectives|goals|tactics)\[(\d+)\]\.?(.*)$/.exec(issue.path);
      const item = m ? lists[m[1] as keyof typeof lists][Number(m[2])] : undefined;
      const record = item ? this.entries.find((e) => e.item === item)?.record : undefined;
      const field = m?.[3] ? `${m[3]} ` : '';
      return record
        ? {
            sheet: record.sheet,
            row: record.row,
            action: 'error' as const,
            kind: groupOf(this.levels.get(record) as Exclude<RowLevel, 'kpi'>),
            code: item!.code,
            message: `${record.sheet}, row ${record.row}: ${field}${issue.message}`,
          }
        : {
            sheet: '',
            row: 0,
            action: 'error' as const,
            kind: 'row' as const,
            code: item?.code ?? null,
            message: `${item ? `${item.code}: ` : ''}${issue.path}: ${issue.message}`,
          };
    });
  }
}

/** Which end of a grid's marks is the child: rows serve columns, or columns serve rows. */
function orientation(rows: RowLevel, columns: RowLevel): 'row-child' | 'column-child' | null {
  const serves = (child: RowLevel, parent: RowLevel) =>
    (child === 'annual' && parent === 'breakthrough') ||
    (child === 'goal' && (parent === 'annual' || parent === 'breakthrough')) ||
    (child === 'tactic' && parent === 'goal') ||
    (child === 'kpi' && parent !== 'tactic' && parent !== 'kpi');
  if (serves(rows, columns)) return 'row-child';
  if (serves(columns, rows)) return 'column-child';
  return null;
}

function sameKpi(a: Kpi | null, b: Kpi | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.name === b.name &&
    a.unit === b.unit &&
    a.baseline === b.baseline &&
    a.target === b.target &&
    a.direction === b.direction &&
    (a.targetKind ?? 'absolute') === (b.targetKind ?? 'absolute')
  );
}

function kpiChange(before: Objective | Goal | null, after: Objective | Goal): RowAction {
  if (before === null || before.kpi === null) return 'create';
  return sameKpi(before.kpi, after.kpi) ? 'unchanged' : 'update';
}

/** The fields that differ, by name (supports compared as lists; the KPI left out when a KPI row set it). */
function changedFields(before: Item, after: Item, skipKpi: boolean): string[] {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const changed: string[] = [];
  // Both sides' keys: an optional field the row cleared (weight, departments) is gone from `after`.
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === 'id') continue;
    if (key === 'kpi') {
      if (!skipKpi && !sameKpi(b.kpi as Kpi | null, a.kpi as Kpi | null)) changed.push('kpi');
      continue;
    }
    if (key === 'supports') {
      const norm = (list: unknown) =>
        JSON.stringify((list as Record<string, string>[]).map((s) => [s.objectiveId ?? s.goalId, s.strength]));
      if (norm(b.supports) !== norm(a.supports)) changed.push('links');
      continue;
    }
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) changed.push(key);
  }
  return changed;
}
