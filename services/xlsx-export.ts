/**
 * The plan as an Excel workbook for people who live in spreadsheets: sheets Plan (its header, Field | Value),
 * Departments, Objectives, Goals, Tactics, Links and Gaps, each with typed columns (numbers as numbers, due dates as dates, true/false as booleans), a frozen header
 * row and an autofilter. Written with exceljs. Every cell a person reads is in words ("On track", "Orphaned goal",
 * "Strong"), never the contract's codes; ids stay in their own columns for lookups.
 */
import ExcelJS from 'exceljs';
import type { GapReport } from '../contract/gaps.ts';
import type { PlanDocument, Strength } from '../contract/plan-format.ts';
import {
  DIRECTION_WORDS,
  FINDING_WORDS,
  HORIZON_WORDS,
  SEVERITY_WORDS,
  STATUS_WORDS,
  STRENGTH_WORDS,
  TARGET_KIND_WORDS,
} from '../core/plain-words.ts';
import { PLAN_SHEET_ROWS, type PlanSheetKey } from '../core/import/plan-sheets.ts';

type CellValue = string | number | boolean | Date | null;

interface Column {
  header: string;
  width: number;
  /** Excel number format, for numbers and dates. */
  format?: string;
}

const GAP_LABEL = { orphan: 'Orphaned', uncovered: 'Uncovered', unexecuted: 'Unexecuted' } as const;

/** A contract date as midnight UTC, which Excel shows as that calendar day whatever the reader's zone. */
function excelDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

function addSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: CellValue[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    header: c.header,
    width: c.width,
    ...(c.format ? { style: { numFmt: c.format } } : {}),
  }));
  for (const row of rows) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function planWorkbook(doc: PlanDocument, gaps: GapReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hoshin Planner';
  book.title = doc.plan.title;

  const codeOf = new Map<string, string>();
  const titleOf = new Map<string, string>();
  for (const x of [...doc.objectives, ...doc.goals, ...doc.tactics]) {
    codeOf.set(x.id, x.code);
    titleOf.set(x.id, x.title);
  }
  const department = new Map(doc.departments.map((d) => [d.id, d.name]));
  const gapOf = new Map<string, keyof typeof GAP_LABEL>();
  for (const id of gaps.uncoveredObjectives) gapOf.set(id, 'uncovered');
  for (const id of gaps.unexecutedObjectives) gapOf.set(id, 'unexecuted');
  for (const id of [...gaps.orphanedGoals, ...gaps.orphanedTactics]) gapOf.set(id, 'orphan');
  const gap = (id: string) => (gapOf.has(id) ? GAP_LABEL[gapOf.get(id)!] : null);
  const links = (list: { id: string; strength: Strength }[]) =>
    list.map((l) => `${codeOf.get(l.id) ?? l.id} (${STRENGTH_WORDS[l.strength]})`).join('; ');
  const coverage = new Map(gaps.coverage.objectives.map((c) => [c.objectiveId, c]));
  const goalObjectives = new Map(doc.goals.map((g) => [g.id, g.supports.map((s) => s.objectiveId)]));
  const tacticsOfGoal = new Map<string, number>();
  for (const t of doc.tactics)
    for (const s of t.supports) tacticsOfGoal.set(s.goalId, (tacticsOfGoal.get(s.goalId) ?? 0) + 1);

  // The plan's header and its departments first, so that export -> import -> export keeps them as well
  // (core/import/plan-sheets.ts reads both back).
  const plan = doc.plan;
  const planValues: Record<PlanSheetKey, CellValue> = {
    title: plan.title,
    organisation: plan.organisation,
    periodStart: excelDate(plan.periodStart),
    periodEnd: excelDate(plan.periodEnd),
    vision: plan.vision,
    ownerLoadLimit: plan.settings.ownerLoadLimit,
    reviewTolerance: plan.settings.reviewTolerance,
    weekStart: plan.settings.weekStart,
    fiscalYearStart: plan.settings.fiscalYearStart,
  };
  addSheet(
    book,
    'Plan',
    [
      { header: 'Field', width: 28 },
      { header: 'Value', width: 70 },
    ],
    PLAN_SHEET_ROWS.map(([key, words]) => [words, planValues[key]]),
  );
  const planSheet = book.getWorksheet('Plan')!;
  PLAN_SHEET_ROWS.forEach(([key], i) => {
    const cell = planSheet.getCell(i + 2, 2);
    if (key === 'periodStart' || key === 'periodEnd') cell.numFmt = 'yyyy-mm-dd';
    cell.alignment = { horizontal: 'left', wrapText: key === 'vision' };
  });
  const goalsOf = new Map<string, number>();
  const tacticsOf = new Map<string, number>();
  for (const g of doc.goals) goalsOf.set(g.departmentId, (goalsOf.get(g.departmentId) ?? 0) + 1);
  for (const t of doc.tactics) tacticsOf.set(t.departmentId, (tacticsOf.get(t.departmentId) ?? 0) + 1);
  addSheet(
    book,
    'Departments',
    [
      { header: 'Department', width: 28 },
      { header: 'Head', width: 24 },
      { header: 'Goals', width: 8, format: '0' },
      { header: 'Tactics', width: 8, format: '0' },
      { header: 'Id', width: 16 },
    ],
    doc.departments.map((d) => [d.name, d.head, goalsOf.get(d.id) ?? 0, tacticsOf.get(d.id) ?? 0, d.id]),
  );

  // Baseline and target in Excel's General format: a number shows as given (0.003 stays 0.003, never "0").
  const kpiColumns: Column[] = [
    { header: 'KPI', width: 30 },
    { header: 'Unit', width: 9 },
    { header: 'Baseline', width: 11 },
    { header: 'Target', width: 11 },
    { header: 'Target kind', width: 24 },
    { header: 'Direction', width: 11 },
  ];
  const kpiCells = (kpi: PlanDocument['objectives'][number]['kpi']): CellValue[] =>
    kpi
      ? [
          kpi.name,
          kpi.unit,
          kpi.baseline,
          kpi.target,
          TARGET_KIND_WORDS[kpi.targetKind ?? 'absolute'],
          DIRECTION_WORDS[kpi.direction],
        ]
      : [null, null, null, null, null, null];
  const weightColumn: Column = { header: 'Weight (%)', width: 11 };

  addSheet(
    book,
    'Objectives',
    [
      { header: 'Code', width: 10 },
      { header: 'Objective', width: 50 },
      { header: 'Horizon', width: 13 },
      { header: 'Owner', width: 20 },
      { header: 'Department', width: 20 },
      weightColumn,
      ...kpiColumns,
      { header: 'Serves breakthroughs', width: 22 },
      { header: 'Goals', width: 8, format: '0' },
      { header: 'Tactics', width: 8, format: '0' },
      { header: 'Gap', width: 12 },
      { header: 'Description', width: 50 },
      { header: 'Id', width: 16 },
    ],
    doc.objectives.map((o) => [
      o.code,
      o.title,
      HORIZON_WORDS[o.horizon],
      o.owner,
      o.departmentId ? (department.get(o.departmentId) ?? o.departmentId) : null,
      o.weight ?? null,
      ...kpiCells(o.kpi),
      links(o.supports.map((s) => ({ id: s.objectiveId, strength: s.strength }))) || null,
      coverage.get(o.id)?.goals ?? 0,
      coverage.get(o.id)?.tactics ?? 0,
      gap(o.id),
      o.description,
      o.id,
    ]),
  );
  addSheet(
    book,
    'Goals',
    [
      { header: 'Code', width: 10 },
      { header: 'Goal', width: 50 },
      { header: 'Department', width: 20 },
      { header: 'Owner', width: 20 },
      { header: 'Supporting', width: 24 },
      weightColumn,
      ...kpiColumns,
      { header: 'Supports objectives', width: 24 },
      { header: 'Tactics', width: 8, format: '0' },
      { header: 'Gap', width: 12 },
      { header: 'Description', width: 50 },
      { header: 'Id', width: 16 },
    ],
    doc.goals.map((g) => [
      g.code,
      g.title,
      department.get(g.departmentId) ?? g.departmentId,
      g.owner,
      (g.supportingDepartmentIds ?? []).map((id) => department.get(id) ?? id).join(', ') || null,
      g.weight ?? null,
      ...kpiCells(g.kpi),
      links(g.supports.map((s) => ({ id: s.objectiveId, strength: s.strength }))) || null,
      tacticsOfGoal.get(g.id) ?? 0,
      gap(g.id),
      g.description,
      g.id,
    ]),
  );
  addSheet(
    book,
    'Tactics',
    [
      { header: 'Code', width: 11 },
      { header: 'Tactic', width: 50 },
      { header: 'Department', width: 20 },
      { header: 'Owner', width: 20 },
      { header: 'Due', width: 12, format: 'yyyy-mm-dd' },
      { header: 'Status', width: 12 },
      { header: 'Tags', width: 20 },
      { header: 'Supports goals', width: 24 },
      { header: 'Objectives', width: 16 },
      { header: 'Aligned', width: 9 },
      { header: 'Gap', width: 12 },
      { header: 'Description', width: 50 },
      { header: 'Id', width: 16 },
    ],
    doc.tactics.map((t) => {
      const objectives = [...new Set(t.supports.flatMap((s) => goalObjectives.get(s.goalId) ?? []))];
      return [
        t.code,
        t.title,
        department.get(t.departmentId) ?? t.departmentId,
        t.owner,
        excelDate(t.due),
        STATUS_WORDS[t.status],
        t.tags.join(', ') || null,
        links(t.supports.map((s) => ({ id: s.goalId, strength: s.strength }))) || null,
        objectives.map((id) => codeOf.get(id) ?? id).join(', ') || null,
        gapOf.get(t.id) !== 'orphan',
        gap(t.id),
        t.description,
        t.id,
      ];
    }),
  );
  const linkRows: CellValue[][] = [
    ...doc.objectives.flatMap((o) =>
      o.supports.map((s) => ['Annual objective → breakthrough', o.id, s.objectiveId, s.strength] as const),
    ),
    ...doc.goals.flatMap((g) => g.supports.map((s) => ['Goal → objective', g.id, s.objectiveId, s.strength] as const)),
    ...doc.tactics.flatMap((t) => t.supports.map((s) => ['Tactic → goal', t.id, s.goalId, s.strength] as const)),
  ].map(([kind, from, to, strength]) => [
    kind,
    codeOf.get(from) ?? from,
    titleOf.get(from) ?? null,
    codeOf.get(to) ?? to,
    titleOf.get(to) ?? null,
    STRENGTH_WORDS[strength],
    from,
    to,
  ]);
  addSheet(
    book,
    'Links',
    [
      { header: 'Link', width: 22 },
      { header: 'From code', width: 11 },
      { header: 'From', width: 44 },
      { header: 'To code', width: 11 },
      { header: 'To', width: 44 },
      { header: 'Strength', width: 10 },
      { header: 'From id', width: 16 },
      { header: 'To id', width: 16 },
    ],
    linkRows,
  );
  addSheet(
    book,
    'Gaps',
    [
      { header: 'Severity', width: 10 },
      { header: 'Finding', width: 26 },
      { header: 'Item', width: 14 },
      { header: 'Message', width: 70 },
      { header: 'Rule', width: 50 },
      { header: 'Recommended action', width: 36 },
      { header: 'Item id', width: 16 },
    ],
    gaps.findings.map((f) => [
      SEVERITY_WORDS[f.severity],
      FINDING_WORDS[f.kind],
      f.itemKind === 'plan' ? 'Plan' : f.itemKind === 'owner' ? f.id : (codeOf.get(f.id) ?? f.id),
      f.message,
      f.rule,
      f.fix.label.replace(/…$/, ''),
      f.id,
    ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
