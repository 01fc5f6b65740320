/** The alignment tree's model: primary parents, other links, the Unaligned branch, gap marks and filters. */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import {
  buildTreeModel,
  UNALIGNED_KEY,
  walk,
  type TreeFilters,
  type TreeItem,
} from '../../renderer/src/tree/tree-model.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { goal, objective, planDoc, tactic } from '../helpers/plans.ts';

const TODAY = '2027-01-15';
const model = (doc: PlanDocument, filters?: TreeFilters) => buildTreeModel(doc, analyzeGaps(doc, TODAY), filters);
const find = (root: TreeItem, id: string) => [...walk(root)].find((n) => n.id === id);
const parentOf = (root: TreeItem, id: string) =>
  [...walk(root)].find((n) => n.children.some((c) => c.id === id))?.id ?? null;
const ids = (items: TreeItem[]) => items.map((i) => i.id);

describe('tree model of the sample plan', () => {
  const doc = samplePlanDocument();
  const report = analyzeGaps(doc, TODAY);
  const { root, secondary, counts } = buildTreeModel(doc, report);

  it('puts the plan at the root, the Unaligned branch first, then the objectives in plan order', () => {
    expect(root).toMatchObject({ id: 'plan', kind: 'plan', key: 'plan', gap: 'none', title: doc.plan.title });
    expect(ids(root.children)).toEqual([UNALIGNED_KEY, ...doc.objectives.map((o) => o.id)]);
  });

  it('gathers exactly the orphans under Unaligned, with the orphaned goal keeping its tactic', () => {
    const unaligned = root.children[0]!;
    expect(unaligned.kind).toBe('unaligned');
    expect(ids(unaligned.children)).toEqual(['g-mkt-2', 't-it-ai-1']);
    expect(ids(find(root, 'g-mkt-2')!.children)).toEqual(['t-mkt-2-1']);
    const inside = [...walk(unaligned)].filter((n) => n !== unaligned);
    expect(inside.every((n) => n.gap === 'orphan')).toBe(true);
    expect(ids(inside).sort()).toEqual([...report.orphanedGoals, ...report.orphanedTactics].sort());
  });

  it('marks gaps from the report: orphans, the uncovered objective as a leaf, and nothing else', () => {
    const marked = [...walk(root)].filter((n) => n.gap !== 'none').map((n) => [n.id, n.gap]);
    expect(marked.sort()).toEqual(
      [
        ['g-mkt-2', 'orphan'],
        ['o5', 'uncovered'],
        ['t-it-ai-1', 'orphan'],
        ['t-mkt-2-1', 'orphan'],
      ].sort(),
    );
    expect(find(root, 'o5')!.children).toEqual([]);
    expect(counts).toEqual({ orphanedGoals: 1, orphanedTactics: 2, uncoveredObjectives: 1, unexecutedObjectives: 0 });
  });

  it('draws every goal and tactic exactly once, keyed by parent and id', () => {
    const nodes = [...walk(root)];
    for (const item of [...doc.goals, ...doc.tactics]) {
      expect(nodes.filter((n) => n.id === item.id)).toHaveLength(1);
    }
    expect(new Set(nodes.map((n) => n.key)).size).toBe(nodes.length);
    for (const n of nodes) {
      for (const c of n.children) expect(c.key).toBe(c.kind === 'unaligned' ? UNALIGNED_KEY : `${n.id}/${c.id}`);
    }
  });

  it('seats a many-parent tactic under its strongest link and keeps the others as secondary links', () => {
    // CS-1.3 supports g-cs-1 (medium) and g-prd-1 (weak).
    expect(parentOf(root, 't-cs-1-3')).toBe('g-cs-1');
    expect(find(root, 't-cs-1-3')!.strength).toBe('medium');
    expect(secondary).toContainEqual({ childId: 't-cs-1-3', parentId: 'g-prd-1', strength: 'weak' });
    // IT-1.1 supports g-it-1 and g-sup-1, both strong: the first listed wins.
    expect(parentOf(root, 't-it-1-1')).toBe('g-it-1');
    expect(secondary).toContainEqual({ childId: 't-it-1-1', parentId: 'g-sup-1', strength: 'strong' });
  });

  it('accounts for every link exactly once, as a tree edge or a secondary link', () => {
    const links =
      doc.goals.reduce((n, g) => n + g.supports.length, 0) + doc.tactics.reduce((n, t) => n + t.supports.length, 0);
    const treeEdges = [...walk(root)].filter((n) => n.strength !== null).length;
    expect(treeEdges + secondary.length).toBe(links);
  });
});

describe('tree model: the Unaligned grouping', () => {
  it('keeps a tactic with one aligned goal out of Unaligned, even when its orphan link is stronger', () => {
    const doc = planDoc({
      objectives: [objective('o1')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }]), goal('g2', [])],
      tactics: [
        tactic('t1', [
          { goalId: 'g2', strength: 'strong' },
          { goalId: 'g1', strength: 'weak' },
        ]),
      ],
    });
    const { root, secondary } = model(doc);
    expect(parentOf(root, 't1')).toBe('g1');
    expect(find(root, 't1')!.gap).toBe('none');
    expect(secondary).toEqual([{ childId: 't1', parentId: 'g2', strength: 'strong' }]);
    expect(ids(root.children[0]!.children)).toEqual(['g2']);
  });

  it('puts a tactic whose goals are all orphaned under the strongest of them, inside Unaligned', () => {
    const doc = planDoc({
      objectives: [objective('o1')],
      goals: [goal('g1', []), goal('g2', [])],
      tactics: [
        tactic('t1', [
          { goalId: 'g1', strength: 'weak' },
          { goalId: 'g2', strength: 'medium' },
        ]),
      ],
    });
    const { root, secondary } = model(doc);
    const unaligned = root.children[0]!;
    expect(unaligned.kind).toBe('unaligned');
    expect(ids(unaligned.children)).toEqual(['g1', 'g2']);
    expect(parentOf(root, 't1')).toBe('g2');
    expect(find(root, 't1')).toMatchObject({ gap: 'orphan', key: 'g2/t1', strength: 'medium' });
    expect(secondary).toEqual([{ childId: 't1', parentId: 'g1', strength: 'weak' }]);
  });

  it('lists orphaned goals first, then the tactics that support no goal, each in plan order', () => {
    const doc = planDoc({
      goals: [goal('g2', []), goal('g1', [])],
      tactics: [tactic('t2', []), tactic('t1', [])],
    });
    const unaligned = model(doc).root.children[0]!;
    expect(ids(unaligned.children)).toEqual(['g2', 'g1', 't2', 't1']);
    expect(unaligned.children.map((c) => c.key)).toEqual([
      'unaligned/g2',
      'unaligned/g1',
      'unaligned/t2',
      'unaligned/t1',
    ]);
    expect(unaligned.children.every((c) => c.strength === null)).toBe(true);
  });

  it('has no Unaligned branch when nothing is orphaned', () => {
    const doc = planDoc({
      objectives: [objective('o1')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }])],
      tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }])],
    });
    expect(ids(model(doc).root.children)).toEqual(['o1']);
  });

  it('marks an objective whose goals have no tactic as unexecuted, distinct from an uncovered one', () => {
    const doc = planDoc({
      objectives: [objective('o1'), objective('o2')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }])],
    });
    const { root, counts } = model(doc);
    expect(find(root, 'o1')!.gap).toBe('unexecuted');
    expect(find(root, 'o2')!.gap).toBe('uncovered');
    expect(counts.unexecutedObjectives).toBe(1);
  });
});

describe('tree model: filters', () => {
  const doc = planDoc({
    departments: [
      { id: 'd1', name: 'Support', head: null },
      { id: 'd2', name: 'Sales', head: null },
    ],
    objectives: [objective('o1'), objective('o2'), objective('o3')],
    goals: [
      goal('g1', [{ objectiveId: 'o1', strength: 'strong' }]),
      goal('g2', [{ objectiveId: 'o2', strength: 'strong' }], { departmentId: 'd2' }),
      goal('g3', [], { departmentId: 'd2' }),
    ],
    tactics: [
      tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { departmentId: 'd2' }),
      tactic('t2', [{ goalId: 'g2', strength: 'strong' }], { departmentId: 'd2' }),
      tactic('t3', [{ goalId: 'g1', strength: 'strong' }]),
    ],
  });

  it('by department: its goals and tactics, the goals above them as faded context, all objectives', () => {
    const { root } = model(doc, { departmentId: 'd2', onlyGaps: false });
    expect(ids([...walk(root)])).toEqual(['plan', 'unaligned', 'g3', 'o1', 'g1', 't1', 'o2', 'g2', 't2', 'o3']);
    expect(find(root, 'g1')!.context).toBe(true);
    expect(find(root, 't1')!.context).toBe(false);
    expect(find(root, 'g2')!.context).toBe(false);
    expect(find(root, 'o1')!.context).toBe(false);
  });

  it('gaps only: the gap subtrees and what is above them', () => {
    const { root } = model(doc, { departmentId: null, onlyGaps: true });
    expect(ids([...walk(root)])).toEqual(['plan', 'unaligned', 'g3', 'o3']);
  });

  it('both: a department without gaps of its own still sees the objectives nobody carries', () => {
    const { root } = model(doc, { departmentId: 'd1', onlyGaps: true });
    expect(ids([...walk(root)])).toEqual(['plan', 'o3']);
  });
});
