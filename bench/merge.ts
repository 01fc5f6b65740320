/**
 * Catchball benchmark: a department draft with 500 changes merged into the 20,000-tactic plan
 * (target: under 1 s). Exported for bench/run.ts; runnable alone with `node bench/merge.ts`.
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

export function runMergeBench(): { changes: number; rows: MergeBenchRow[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-merge-'));
  try {
    const masterTemplate = path.join(dir, 'master-template.hoshin');
    writePlanFile(masterTemplate, parsePlanJson(JSON.stringify(largePlan())));
    const draftFile = path.join(dir, 'draft.hoshin');
    const template = openPlan(masterTemplate);
    issueDraft(template, 'd0', draftFile);
    template.close();

    // The department's 500 changes: 200 edits, 100 new tactics and their 100 links, 100 re-weighted links.
    const draft = openPlan(draftFile);
    const doc = draft.dispatch('getPlan', {});
    const tactics = doc.tactics.filter((t) => t.departmentId === 'd0' && t.supports.length > 0);
    const goals = doc.goals.filter((g) => g.departmentId === 'd0');
    tactics
      .slice(0, 200)
      .forEach((t) => draft.dispatch('updateTactic', { id: t.id, status: t.status === 'done' ? 'on_track' : 'done' }));
    for (let i = 0; i < 100; i++) {
      draft.dispatch('createTactic', {
        id: `bench-new-${i}`,
        departmentId: 'd0',
        title: `New tactic ${i}`,
        supports: [{ goalId: goals[i % goals.length]!.id, strength: 'medium' }],
      });
    }
    tactics.slice(200, 300).forEach((t) => {
      const link = t.supports[0]!;
      draft.dispatch('setLink', {
        kind: 'tactic-goal',
        fromId: t.id,
        toId: link.goalId,
        strength: link.strength === 'weak' ? 'strong' : 'weak',
      });
    });
    draft.close();

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
        row(`merge: apply ${changes} changes (validate, diff, write)`, times.merge, 1000),
        row(`merge: read + apply, end to end`, times.total, null),
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { changes, rows } = runMergeBench();
  console.log(`Merge of a ${changes}-change draft into the 20,000-tactic plan`);
  for (const r of rows)
    console.log(`${r.name.padEnd(56)} ${String(r.medianMs).padStart(9)} ms  (target ${r.targetMs ?? '-'})`);
  console.log(JSON.stringify({ benchmark: 'merge', changes, rows }));
}
