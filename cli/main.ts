/**
 * `hoshin` command line (a public contract: see README "Command line").
 * Exit codes: 0 success; 1 `check` found orphaned or uncovered items; 2 any error (usage, bad file, bad input).
 * Every error is one clear line on stderr; a file that is not a readable plan is never modified.
 */
import fs from 'node:fs';
import { parseOptions, type Options } from './parse-options.ts';
import { HoshinError } from '../contract/errors.ts';
import type { ChangeSet } from '../contract/catchball.ts';
import type { GapReport } from '../contract/gaps.ts';
import {
  DEFAULT_REPORT_OPTIONS,
  REPORT_LOCALES,
  REPORT_MARGINS,
  REPORT_PAGE_SIZES,
  REPORT_SECTIONS,
  REPORT_TREE_DEPTHS,
  REPORT_TREE_LAYOUTS,
  REPORT_XMATRIX_SIZES,
  parseSectionList,
  type ReportLocale,
  type ReportOptions,
} from '../contract/report.ts';
import { isFileProblem, planFileError } from '../db/file-errors.ts';
import type { PlanSession } from '../services/plan-files.ts';

/*
 * Start-up cost (issue 17): loading the plan store (SQLite, drizzle, zod schemas), exceljs or the report
 * renderer costs over a second of CPU, so only the light modules above are imported eagerly and each command
 * loads what it needs with `await import()` when it runs. `hoshin help` and a usage error load none of them.
 * Keep it so: a new static import of a service or core module here puts that cost back on every command.
 */
const planFiles = () => import('../services/plan-files.ts');
const planJson = () => import('../core/plan-json.ts');
// Inside main's try, each command's promise is awaited (`return await`), so its errors reach the one catch.

export const USAGE = `Hoshin Planner command line

Usage: hoshin <command> [options]

Commands:
  sample <file.hoshin> [--force]                   write the built-in sample plan
  new <file.hoshin> --title "…" [--force]          create an empty plan
  import <plan.json|plan.xlsx|plan.csv|-> <file.hoshin> [--force] [--merge] [--mapping <mapping.json>]
         [--dry-run] [--json]
                                                   a plan file from plan JSON (version 1), an Excel workbook
                                                   (our export, an X-matrix) or a CSV; --merge imports into an
                                                   existing plan by code; --dry-run writes nothing
  export <file.hoshin> [--format json|csv|xlsx] [--csv tactics|full] [--out <path>]
                                                   plan JSON (default, to stdout), CSV (a row per tactic; --csv
                                                   full: a row per item; a file gets a UTF-8 byte-order mark for
                                                   Excel), or an Excel workbook (xlsx needs --out)
  report <file.hoshin> --out <plan.pdf> [--page-size A4|Letter] [--landscape]
         [--sections <list>] [--tree landscape|portrait|poster-A2|poster-A1|poster-A0]
         [--tree-depth auto|tactics|goals] [--xmatrix same|A3] [--margins normal|narrow|wide]
         [--accent <hex colour>] [--logo <image>] [--draft] [--date YYYY-MM-DD]
         [--department <id|name>]                  (one department's pages, with the objectives it serves)
         [--locale en|de|fr|es|ja]                 (the report's language, dates and numbers; default en)
                                                   the plan report as a PDF, printed by Chromium
                                                   (HOSHIN_CHROMIUM, else chromium on the PATH); sections:
                                                   cover,contents,vision,summary,tree,correlation,xmatrix,
                                                   departments,review,gaps,appendix (default: all)
  rollover <plan.hoshin> --out <next.hoshin> --period YYYY [--carry unfinished|all|none] [--force] [--json]
                                                   next year's plan as a new file: breakthrough objectives and
                                                   (default) unfinished items carried, KPI baselines from the
                                                   last actuals; prints what was carried, left and changed
  check <file.hoshin> [--json] [--today YYYY-MM-DD]
                                                   gap analysis; exit 1 when items are orphaned or uncovered
  serve <file.hoshin> [--port N] [--read-only]     web mode on a loopback address of its own; prints the URL
                                                   (--read-only: view the plan, refuse every change)
  actual <file.hoshin> --kpi <item id> --month YYYY-MM --value N
                                                   record a KPI's actual for a month (--value "" clears it)
  actual <file.hoshin> --from <actuals.csv|actuals.xlsx> [--dry-run] [--json]
                                                   load actuals from a file, one row per value (columns KPI,
                                                   Month, Value), as one undo step; --dry-run writes nothing
  draft <plan.hoshin> --department <id|name> --out <draft.hoshin> [--force]
                                                   issue a department draft for offline work (catchball)
  merge <plan.hoshin> <draft.hoshin|draft.json> [--dry-run] [--json] [--accept-all]
                                                   review a returned draft; --accept-all applies it
  note <file.hoshin> --item <id|code> --kind question|proposal --text "…" [--author "…"]
                                                   add a catchball note (prints its id); in a draft, any
                                                   item may get one, read-only ones included
  note <file.hoshin> --answer <noteId> --text "…" [--author "…"]
                                                   answer a note
  notes <file.hoshin> [--json]                     list the notes and their answers
  team init --database <postgresql://…> --admin <email>
                                                   a team database: its schema and the first admin (password
                                                   from stdin, or made and printed once)
  team serve --database <url> [--port N] [--host 127.0.0.1] [--tls-cert F --tls-key F | --behind-proxy]
         [--ui-dir <built UI>]
                                                   serve team plans (sign-in, roles, live changes); prints the URL
  team push <plan.hoshin> --database <url>         publish a plan file as a team plan (prints its plan id)
  team pull <planId> --database <url> --out <file.hoshin> [--force]
                                                   a team plan as it is now, to a plan file
  team user add --database <url> --email <e> --role admin|leader|department_head|viewer
         [--plan <planId>] [--department <id|name>]… [--name "…"]
                                                   an account (password from stdin); without --plan the role
                                                   holds on every plan
  team user list|remove --database <url> [--email <e>] [--json]
  team log <planId> --database <url> [--json]      every change: who, when, operation, item, before and after

A plan is written by one program at a time: a command that writes to a plan open elsewhere is refused, and
check, export, report and reading a draft for merge only read (they never change or upgrade their input).

Exit codes: 0 ok, 1 check found orphaned or uncovered items, 2 error.`;

class UsageError extends Error {}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

function parse(args: string[], options: Options, positionals: string[]) {
  const parsed = parseOptions(args, options, (message) => new UsageError(message));
  if (parsed.positionals.length !== positionals.length) {
    throw new UsageError(`expected ${positionals.map((p) => `<${p}>`).join(' ')}`);
  }
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      case 'sample': {
        const { values, positionals } = parse(rest, { force: { type: 'boolean' } }, ['file.hoshin']);
        const file = positionals[0]!;
        const { writePlanFile, samplePlanDocument } = await planFiles();
        writePlanFile(file, samplePlanDocument(), values.force === true);
        io.stderr(`Wrote the sample plan to ${file}\n`);
        return 0;
      }
      case 'new': {
        const { values, positionals } = parse(rest, { title: { type: 'string' }, force: { type: 'boolean' } }, [
          'file.hoshin',
        ]);
        const title = typeof values.title === 'string' ? values.title : undefined;
        if (title === undefined) throw new UsageError('new needs --title "…"');
        const { writePlanFile, emptyPlanDocument } = await planFiles();
        writePlanFile(positionals[0]!, emptyPlanDocument(title), values.force === true);
        io.stderr(`Created ${positionals[0]}\n`);
        return 0;
      }
      case 'import':
        return await (await import('./import-command.ts')).importCommand(rest, io, (m) => new UsageError(m));
      case 'export': {
        const { values, positionals } = parse(
          rest,
          { format: { type: 'string' }, out: { type: 'string' }, csv: { type: 'string' } },
          ['file.hoshin'],
        );
        const format = (values.format as string | undefined) ?? 'json';
        if (format !== 'json' && format !== 'csv' && format !== 'xlsx')
          throw new UsageError(`--format must be json, csv or xlsx, not "${format}"`);
        if (format === 'xlsx') {
          if (typeof values.out !== 'string') throw new UsageError('--format xlsx needs --out <file.xlsx>');
          const out = values.out;
          const [doc, gaps] = await withPlanForReading(
            positionals[0]!,
            (s) => [s.dispatch('getPlan', {}), s.dispatch('analyzeGaps', {})] as const,
          );
          const { planWorkbook } = await import('../services/xlsx-export.ts');
          writeBytes(out, await planWorkbook(doc, gaps));
          io.stderr(`Wrote ${out}\n`);
          return 0;
        }
        const csv = await import('../core/csv.ts');
        const flavour = (values.csv as string | undefined) ?? 'tactics';
        if (!(csv.CSV_FLAVOURS as readonly string[]).includes(flavour))
          throw new UsageError(`--csv must be ${csv.CSV_FLAVOURS.join(' or ')}, not "${flavour}"`);
        if (values.csv !== undefined && format !== 'csv') throw new UsageError('--csv needs --format csv');
        const [doc, gaps] = await withPlanForReading(
          positionals[0]!,
          (s) => [s.dispatch('getPlan', {}), flavour === 'full' ? s.dispatch('analyzeGaps', {}) : null] as const,
        );
        const text =
          format === 'json'
            ? (await planJson()).stringifyPlan(doc)
            : gaps
              ? csv.planToFullCsv(doc, gaps)
              : csv.planToCsv(doc);
        // A CSV file gets a byte-order mark so Excel reads it as UTF-8; standard output stays plain for pipes.
        if (typeof values.out === 'string') writeText(values.out, format === 'csv' ? csv.withBom(text) : text);
        else io.stdout(text);
        return 0;
      }
      case 'report': {
        const { values, positionals } = parse(
          rest,
          {
            out: { type: 'string' },
            'page-size': { type: 'string' },
            landscape: { type: 'boolean' },
            sections: { type: 'string' },
            tree: { type: 'string' },
            'tree-depth': { type: 'string' },
            xmatrix: { type: 'string' },
            margins: { type: 'string' },
            accent: { type: 'string' },
            logo: { type: 'string' },
            draft: { type: 'boolean' },
            date: { type: 'string' },
            department: { type: 'string' },
            locale: { type: 'string' },
          },
          ['file.hoshin'],
        );
        if (typeof values.out !== 'string') throw new UsageError('report needs --out <plan.pdf>');
        const options = {
          ...reportOptions(values),
          ...(typeof values.department === 'string' ? { department: values.department } : {}),
          locale: reportLocale(values.locale),
        };
        const { renderReportPdf } = await import('../server/report-pdf.ts');
        const started = performance.now();
        const result = await renderReportPdf(positionals[0]!, {
          out: values.out,
          report: options,
          logo: typeof values.logo === 'string' ? values.logo : null,
          ...(typeof values.date === 'string' ? { preparedOn: values.date } : {}),
        });
        io.stderr(
          `Wrote ${values.out}: ${result.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
        );
        return 0;
      }
      case 'check': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, today: { type: 'string' } }, [
          'file.hoshin',
        ]);
        const today = values.today as string | undefined;
        const { hasStructuralGaps } = await import('../core/gaps.ts');
        const report = await withPlanForReading(positionals[0]!, (s) =>
          s.dispatch('analyzeGaps', today ? { today } : {}),
        );
        if (values.json === true) {
          const { orphanedGoals, orphanedTactics, uncoveredObjectives, unexecutedObjectives } = report;
          const findings = report.findings.map((f) => ({
            kind: f.kind,
            id: f.id,
            severity: f.severity,
            message: f.message,
            rule: f.rule,
          }));
          io.stdout(
            `${JSON.stringify({ orphanedGoals, orphanedTactics, uncoveredObjectives, unexecutedObjectives, findings }, null, 2)}\n`,
          );
        } else {
          io.stdout(formatReport(report));
        }
        return hasStructuralGaps(report) ? 1 : 0;
      }
      case 'serve': {
        const { values, positionals } = parse(rest, { port: { type: 'string' }, 'read-only': { type: 'boolean' } }, [
          'file.hoshin',
        ]);
        const port = values.port === undefined ? 0 : Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new UsageError(`--port must be a whole number from 0 to 65535, not "${String(values.port)}"`);
        }
        const { serve } = await import('../server/serve.ts');
        await serve(positionals[0]!, {
          port,
          log: io.stderr,
          announce: io.stdout,
          readOnly: values['read-only'] === true,
        });
        return 0;
      }
      case 'actual':
        return await (await import('./actual-command.ts')).actualCommand(rest, io, (m) => new UsageError(m));
      case 'draft': {
        const { values, positionals } = parse(
          rest,
          { department: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
          ['plan.hoshin'],
        );
        if (typeof values.department !== 'string') throw new UsageError('draft needs --department <id|name>');
        if (typeof values.out !== 'string') throw new UsageError('draft needs --out <draft.hoshin>');
        const out = values.out;
        const { issueDraft } = await import('../services/issue-draft.ts');
        const issued = await withPlan(positionals[0]!, (s) =>
          issueDraft(s, values.department as string, out, { overwrite: values.force === true }),
        );
        io.stderr(`Issued draft ${issued.draftId} for ${issued.departmentName} (${issued.departmentId}) to ${out}\n`);
        return 0;
      }
      case 'merge': {
        const { values, positionals } = parse(
          rest,
          { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, 'accept-all': { type: 'boolean' } },
          ['plan.hoshin', 'draft'],
        );
        const [planFile, draftFile] = positionals as [string, string];
        const { readDraftDocument } = await import('../services/read-draft.ts');
        const draft = readDraftDocument(draftFile);
        const apply = values['accept-all'] === true && values['dry-run'] !== true;
        // Reviewing only reads the plan; only --accept-all writes (and so needs the write lock).
        return await (apply ? withPlan : withPlanForReading)(planFile, (s: PlanSession) => {
          if (apply) {
            const result = s.dispatch('mergeDraft', { draft, accept: 'all' });
            io.stdout(
              values.json === true
                ? `${JSON.stringify(result, null, 2)}\n`
                : `${result.summary}\n${formatChangeSet(result.changeSet)}`,
            );
            return 0;
          }
          const changeSet = s.dispatch('reviewDraft', { draft });
          if (values.json === true) io.stdout(`${JSON.stringify(changeSet, null, 2)}\n`);
          else io.stdout(formatChangeSet(changeSet));
          if (values['dry-run'] !== true)
            io.stderr('Nothing was written: run again with --accept-all to apply these changes.\n');
          return 0;
        });
      }
      case 'rollover':
        return await (await import('./rollover-command.ts')).rolloverCommand(rest, io, (m) => new UsageError(m));
      case 'note':
        return await (await import('./notes.ts')).noteCommand(rest, io, (m) => new UsageError(m));
      case 'notes':
        return await (await import('./notes.ts')).notesCommand(rest, io, (m) => new UsageError(m));
      case 'team':
        return await (await import('./team-command.ts')).teamCommand(rest, io, (m) => new UsageError(m));
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    io.stderr(`hoshin: ${errorLine(err)}\n`);
    return 2;
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === String(value).toLowerCase());
  if (!match) throw new UsageError(`${flag} must be ${allowed.join(', ')}, not "${String(value)}"`);
  return match;
}

function reportOptions(values: Record<string, string | boolean | undefined>): ReportOptions {
  let sections = DEFAULT_REPORT_OPTIONS.sections;
  if (typeof values.sections === 'string') {
    const parsed = parseSectionList(values.sections);
    if (parsed.unknown.length > 0) {
      throw new UsageError(
        `--sections: unknown section${parsed.unknown.length > 1 ? 's' : ''} ${parsed.unknown.map((n) => `"${n}"`).join(', ')} (known: ${REPORT_SECTIONS.join(',')})`,
      );
    }
    if (parsed.sections.length === 0) throw new UsageError('--sections must name at least one section');
    sections = parsed.sections;
  }
  const accent = typeof values.accent === 'string' ? values.accent.replace(/^#/, '').toLowerCase() : undefined;
  if (accent !== undefined && !/^[0-9a-f]{6}$/.test(accent)) {
    throw new UsageError(
      `--accent must be a colour written as six hex digits (e.g. 1f4e79), not "${String(values.accent)}"`,
    );
  }
  if (typeof values.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError(`--date must be written YYYY-MM-DD, not "${values.date}"`);
  }
  return {
    sections,
    pageSize: oneOf(values['page-size'], REPORT_PAGE_SIZES, '--page-size', DEFAULT_REPORT_OPTIONS.pageSize),
    landscape: values.landscape === true,
    tree: oneOf(values.tree, REPORT_TREE_LAYOUTS, '--tree', DEFAULT_REPORT_OPTIONS.tree),
    treeDepth: oneOf(values['tree-depth'], REPORT_TREE_DEPTHS, '--tree-depth', DEFAULT_REPORT_OPTIONS.treeDepth),
    xmatrix: oneOf(values.xmatrix, REPORT_XMATRIX_SIZES, '--xmatrix', DEFAULT_REPORT_OPTIONS.xmatrix),
    margins: oneOf(values.margins, REPORT_MARGINS, '--margins', DEFAULT_REPORT_OPTIONS.margins),
    accent: accent ?? DEFAULT_REPORT_OPTIONS.accent,
    watermark: values.draft === true,
    logo: typeof values.logo === 'string',
  };
}

/**
 * `--locale`: one of the report's languages, by its tag or a regional one ("de-AT" is German); English when
 * omitted (a plan names no language of its own).
 */
function reportLocale(value: string | boolean | undefined): ReportLocale {
  if (value === undefined) return 'en';
  const tag = String(value).trim();
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  const match = REPORT_LOCALES.find((l) => l === primary);
  if (!match) {
    throw new UsageError(
      `--locale: the report is not available in "${tag}"; choose one of ${REPORT_LOCALES.join(', ')} (English, German, French, Spanish, Japanese)`,
    );
  }
  return match;
}

/** Runs `fn` on the plan opened for reading only. */
async function withPlanForReading<T>(file: string, fn: (session: PlanSession) => T): Promise<T> {
  return (await planFiles()).withPlanForReading(file, fn);
}

/** Runs `fn` on the plan opened for writing (its write lock held), closing it afterwards. */
async function withPlan<T>(file: string, fn: (session: PlanSession) => T): Promise<T> {
  const session = (await planFiles()).openPlan(file);
  try {
    return fn(session);
  } finally {
    session.close();
  }
}

function formatChangeSet(cs: ChangeSet): string {
  const lines: string[] = [];
  if (cs.changes.length + cs.conflicts.length + cs.rejected.length === 0) {
    lines.push('Nothing new to merge: every change in this draft is already in the plan.');
  }
  const fields = (f: Record<string, unknown>) =>
    Object.entries(f)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ');
  if (cs.changes.length)
    lines.push(
      `Changes (${cs.changes.length}):`,
      ...cs.changes.map((c) => `  ${c.op} ${c.kind} ${c.id}  ${fields(c.fields)}`),
    );
  if (cs.conflicts.length)
    lines.push(
      `Conflicts (${cs.conflicts.length}):`,
      ...cs.conflicts.map((c) => `  ${c.op} ${c.kind} ${c.id}: ${c.reason}`),
    );
  if (cs.rejected.length)
    lines.push(
      `Rejected (${cs.rejected.length}):`,
      ...cs.rejected.map((r) => `  ${r.op} ${r.kind} ${r.id}: ${r.reason}`),
    );
  return `${lines.join('\n')}\n`;
}

function writeText(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (err) {
    throw new HoshinError('io', `${file}: cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

function writeBytes(file: string, data: Buffer): void {
  try {
    fs.writeFileSync(file, data);
  } catch (err) {
    throw new HoshinError('io', `${file}: cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

function errorLine(err: unknown): string {
  if (err instanceof UsageError) return `${err.message} (see: hoshin help)`;
  if (err instanceof HoshinError) return err.message;
  if (isFileProblem(err)) {
    const mapped = planFileError(err, 'the file');
    if (mapped instanceof HoshinError) return mapped.message;
  }
  // A defect in the program, not in the user's input: say so plainly, with the detail for a bug report.
  return `internal error (please report it): ${err instanceof Error ? err.message : String(err)}`;
}

function formatReport(report: GapReport): string {
  const lines = [
    `Orphaned goals: ${report.orphanedGoals.length}   Orphaned tactics: ${report.orphanedTactics.length}   ` +
      `Uncovered objectives: ${report.uncoveredObjectives.length}   Unexecuted objectives: ${report.unexecutedObjectives.length}`,
    '',
  ];
  if (report.findings.length === 0)
    lines.push('No findings: every tactic traces to an objective and every objective is carried.');
  for (const f of report.findings)
    lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.message}\n        rule: ${f.rule}`);
  return `${lines.join('\n')}\n`;
}
