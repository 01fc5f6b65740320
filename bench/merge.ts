/**
 * Catchball benchmark: a department draft with 500 changes merged into the 20,000-tactic plan (target: under
 * 1 s), and one with 5,000. Exported for bench/run.ts; runnable alone with `node bench/merge.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePlanJson } from '../core/plan-json.ts';
import { issueDraft } from '../services/issue-draft.ts';
import { openPlan, writePlanFile } from '../services/plan-files.ts';
import { readDraftDocument } from '../services/read-draft.ts';
import { largePlan } from './large-plan.ts';

export interface MergeBenchRow {
  name: string;
  targetMs: number | null;
  medianMs: number;
  minMs: number;
  runs: number;
}

const RUNS = 3;

/** What the department's draft changes, per benchmark size. */
const SCALES = {
  // 200 edits, 100 new tactics and their 100 links, 100 re-weighted links.
  500: { tacticEdits: 200, goalEdits: 0, newTactics: 100, reweights: 100 },
  // Every tactic and goal of the department edited; the rest new tactics and their links.
  5000: { tacticEdits: 1000, goalEdits: 100, newTactics: 1950, reweights: 0 },
} as const;
export type MergeScale = keyof typeof SCALES;

/** Target for applying the change set (review included, as mergeDraft diffs again): 500 changes under 1 s. */
const TARGET_MS: Record<MergeScale, number | null> = { 500: 1000, 5000: null };

export function runMergeBench(scale: MergeScale = 500): { changes: number; rows: MergeBenchRow[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-merge-'));
  try {
    const masterTemplate = path.join(dir, 'master-template.hoshin');
    writePlanFile(masterTemplate, parsePlanJson(JSON.stringify(largePlan())));
    const draftFile = path.join(dir, 'draft.hoshin');
    const template = openPlan(masterTemplate);
    issueDraft(template, 'd0', draftFile);
    template.close();

    // The department's changes, made on the draft document and written back as the draft file (its draft
    // block, the base, unchanged): what the app would have written after as many edits.
    const plan = SCALES[scale];
    const issued = openPlan(draftFile);
    const doc = issued.dispatch('getPlan', {});
    issued.close();
    const tactics = doc.tactics.filter((t) => t.departmentId === 'd0' && t.supports.length > 0);
    const allTactics = doc.tactics.filter((t) => t.departmentId === 'd0');
    const goals = doc.goals.filter((g) => g.departmentId === 'd0');
    // The 5,000 case edits every tactic and goal of the department and fills the rest with new linked tactics.
    const tacticEdits = Math.min(plan.tacticEdits, plan.reweights === 0 ? allTactics.length : tactics.length);
    const goalEditCount = Math.min(plan.goalEdits, goals.length);
    const newTactics =
      scale === 500 ? plan.newTactics : Math.floor((scale - tacticEdits - goalEditCount - plan.reweights) / 2);
    const edited = new Set((plan.reweights === 0 ? allTactics : tactics).slice(0, tacticEdits).map((t) => t.id));
    const reweighted = new Set(tactics.slice(tacticEdits, tacticEdits + plan.reweights).map((t) => t.id));
    const goalEdits = new Set(goals.slice(0, goalEditCount).map((g) => g.id));
    const draftDoc = {
      ...doc,
      goals: doc.goals.map((g) => (goalEdits.has(g.id) ? { ...g, owner: `${g.owner ?? 'Someone'} (acting)` } : g)),
      tactics: [
        ...doc.tactics.map((t) => {
          if (edited.has(t.id))
            return { ...t, status: t.status === 'done' ? ('on_track' as const) : ('done' as const) };
          if (!reweighted.has(t.id)) return t;
          const [link, ...rest] = t.supports;
          return {
            ...t,
            supports: [
              { ...link!, strength: link!.strength === 'weak' ? ('strong' as const) : ('weak' as const) },
              ...rest,
            ],
          };
        }),
        ...Array.from({ length: newTactics }, (_, i) => ({
          id: `bench-new-${i}`,
          code: `BN-${i + 1}`,
          departmentId: 'd0',
          title: `New tactic ${i}`,
          description: null,
          owner: null,
          due: null,
          status: 'not_started' as const,
          tags: [],
          supports: [{ goalId: goals[i % goals.length]!.id, strength: 'medium' as const }],
        })),
      ],
    };
    writePlanFile(draftFile, draftDoc, true);

    const times = { read: [] as number[], review: [] as number[], merge: [] as number[], total: [] as number[] };
    let changes = 0;
    for (let run = 0; run < RUNS; run++) {
      const masterFile = path.join(dir, `master-${run}.hoshin`);
      fs.copyFileSync(masterTemplate, masterFile);
      const master = openPlan(masterFile);
      const t0 = performance.now();
      const draftDoc = readDraftDocument(draftFile);
      const t1 = performance.now();
      const review = master.dispatch('reviewDraft', { draft: draftDoc });
      const t2 = performance.now();
      const result = master.dispatch('mergeDraft', { draft: draftDoc, accept: 'all' });
      const t3 = performance.now();
      master.close();
      changes = review.changes.length;
      if (result.applied !== changes) throw new Error(`merged ${result.applied} of ${changes} changes`);
      times.read.push(t1 - t0);
      times.review.push(t2 - t1);
      times.merge.push(t3 - t2);
      times.total.push(t3 - t0 - (t2 - t1));
    }
    const row = (name: string, values: number[], targetMs: number | null): MergeBenchRow => {
      const sorted = [...values].sort((a, b) => a - b);
      const r = (ms: number) => Math.round(ms * 10) / 10;
      return {
        name,
        targetMs,
        medianMs: r(sorted[Math.floor(sorted.length / 2)]!),
        minMs: r(sorted[0]!),
        runs: values.length,
      };
    };
    return {
      changes,
      rows: [
        row(`merge: read the draft file`, times.read, null),
        row(`merge: review (diff ${changes} changes)`, times.review, null),
        row(`merge: apply ${changes} changes (validate, diff, write)`, times.merge, TARGET_MS[scale]),
        row(`merge: read + apply, end to end`, times.total, null),
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const scale of [500, 5000] as const) {
    const { changes, rows } = runMergeBench(scale);
    console.log(`Merge of a ${changes}-change draft into the 20,000-tactic plan`);
    for (const r of rows)
      console.log(`${r.name.padEnd(56)} ${String(r.medianMs).padStart(9)} ms  (target ${r.targetMs ?? '-'})`);
    console.log(JSON.stringify({ benchmark: 'merge', changes, rows }));
  }
}
