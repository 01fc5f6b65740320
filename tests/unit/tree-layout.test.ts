/** The alignment tree's layout: a pure d3 tidy tree with variable node sizes, columns per level, and edges. */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { GAP_BAND, nodeHeight } from '../../renderer/src/tree/node-geometry.ts';
import {
  allEdges,
  layoutTree,
  pathToRoot,
  type LaidNode,
  type TreeLayout,
} from '../../renderer/src/tree/tree-layout.ts';
import { buildTreeModel, walk } from '../../renderer/src/tree/tree-model.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { largePlan } from '../../bench/large-plan.ts';
import { validatePlanDocument } from '../../core/plan-json.ts';

const layout = (doc: PlanDocument, orientation: 'horizontal' | 'vertical' = 'horizontal', collapsed: string[] = []) => {
  const m = buildTreeModel(doc, analyzeGaps(doc, '2027-01-15'));
  return { model: m, layout: layoutTree(m.root, m.secondary, new Set(collapsed), orientation) };
};

function overlaps(a: LaidNode, b: LaidNode): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Sweep along x so the check stays fast on big trees. */
function firstOverlap(l: TreeLayout): [string, string] | null {
  const nodes = [...l.nodes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length && nodes[j]!.x < nodes[i]!.x + nodes[i]!.w; j++) {
      if (overlaps(nodes[i]!, nodes[j]!)) return [nodes[i]!.key, nodes[j]!.key];
    }
  }
  return null;
}

describe('layoutTree on the sample plan', () => {
  const doc = samplePlanDocument();

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`places every node of the model, none overlapping (${orientation})`, () => {
      const { model, layout: l } = layout(doc, orientation);
      expect(l.nodes.map((n) => n.key).sort()).toEqual([...walk(model.root)].map((n) => n.key).sort());
      expect(firstOverlap(l)).toBeNull();
    });
  }

  it('lays levels out as columns, left to right, when horizontal', () => {
    const { layout: l } = layout(doc);
    const columns = new Map<number, Set<number>>();
    for (const n of l.nodes) columns.set(n.depth, (columns.get(n.depth) ?? new Set()).add(n.x));
    for (const xs of columns.values()) expect(xs.size).toBe(1);
    for (const n of l.nodes) {
      const parent = n.parentKey ? l.byKey.get(n.parentKey)! : null;
      if (parent) expect(n.x).toBeGreaterThan(parent.x + parent.w);
    }
  });

  it('lays levels out as rows, top to bottom, when vertical', () => {
    const { layout: l } = layout(doc, 'vertical');
    for (const n of l.nodes) {
      const parent = n.parentKey ? l.byKey.get(n.parentKey)! : null;
      if (parent) expect(n.y).toBeGreaterThan(parent.y + parent.h);
    }
  });

  it('centres each parent on its children (the tidy tree) and keeps siblings in model order', () => {
    const { layout: l } = layout(doc);
    for (const n of l.nodes) {
      const kids = n.item.children.map((c) => l.byKey.get(c.key)!);
      if (kids.length === 0) continue;
      const mid = (kids[0]!.y + kids[0]!.h / 2 + kids.at(-1)!.y + kids.at(-1)!.h / 2) / 2;
      expect(n.y + n.h / 2).toBeCloseTo(mid, 6);
      for (let i = 1; i < kids.length; i++) expect(kids[i]!.y).toBeGreaterThan(kids[i - 1]!.y + kids[i - 1]!.h);
    }
  });

  it('gives gap nodes room for their alarm band', () => {
    const { layout: l } = layout(doc);
    const orphan = l.byId.get('t-it-ai-1')!;
    const plain = l.byId.get('t-cs-1-1')!;
    expect(orphan.h).toBe(plain.h + GAP_BAND);
    expect(orphan.h).toBe(nodeHeight(orphan.item));
  });

  it('draws one tree edge per node from the parent’s trailing side to the child’s leading side', () => {
    const { layout: l } = layout(doc);
    const tree = allEdges(l).filter((e) => !e.secondary);
    expect(tree).toHaveLength(l.nodes.length - 1);
    const e = tree.find((x) => x.toKey === 'o1/g-cs-1')!;
    const parent = l.byKey.get('plan/o1')!;
    const child = l.byKey.get('o1/g-cs-1')!;
    expect([e.x1, e.y1, e.x2, e.y2]).toEqual([
      parent.x + parent.w,
      parent.y + parent.h / 2,
      child.x,
      child.y + child.h / 2,
    ]);
    expect(e.strength).toBe('strong');
    expect(
      tree
        .filter((x) => x.alarm)
        .map((x) => x.toKey)
        .sort(),
    ).toEqual(['g-mkt-2/t-mkt-2-1', 'unaligned', 'unaligned/g-mkt-2', 'unaligned/t-it-ai-1']);
  });

  it('draws every other link as a secondary edge between the two drawn nodes', () => {
    const { model, layout: l } = layout(doc);
    const secondary = allEdges(l).filter((e) => e.secondary);
    expect(secondary).toHaveLength(model.secondary.length);
    const e = secondary.find((x) => x.key === 'g-prd-1>t-cs-1-3')!;
    expect(e).toMatchObject({ fromKey: l.byId.get('g-prd-1')!.key, toKey: 'g-cs-1/t-cs-1-3', strength: 'weak' });
  });

  it('hides a collapsed subtree, counts what it hides, and drops the secondary edges that lose an end', () => {
    const { layout: l } = layout(doc, 'horizontal', ['plan/o1']);
    const o1 = l.byKey.get('plan/o1')!;
    expect(o1).toMatchObject({ collapsed: true, hasChildren: true });
    expect(l.byId.has('g-cs-1')).toBe(false);
    expect(l.byId.has('t-cs-1-1')).toBe(false);
    const full = layout(doc).layout;
    const below = full.nodes.filter((n) => pathToRoot(full, n.key).has('plan/o1') && n.key !== 'plan/o1');
    expect(o1.hiddenCount).toBe(below.length);
    for (const e of allEdges(l)) expect(l.byKey.has(e.fromKey) && l.byKey.has(e.toKey)).toBe(true);
    expect(firstOverlap(l)).toBeNull();
  });

  it('is deterministic, and its bounds hold every node', () => {
    const a = layout(doc).layout;
    const b = layout(doc).layout;
    expect(a.nodes.map((n) => [n.key, n.x, n.y])).toEqual(b.nodes.map((n) => [n.key, n.x, n.y]));
    for (const n of a.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(a.bounds.x0);
      expect(n.y + n.h).toBeLessThanOrEqual(a.bounds.y1);
    }
  });

  it('walks the path from a node to the root', () => {
    const { layout: l } = layout(doc);
    expect([...pathToRoot(l, 'g-cs-1/t-cs-1-3')]).toEqual(['g-cs-1/t-cs-1-3', 'o1/g-cs-1', 'plan/o1', 'plan']);
  });
});

describe('layoutTree on a large plan', () => {
  // How fast is the tree bench's business (npm run bench: the table and its growth with plan size), not a timed
  // test's: on a loaded 2-core machine any fixed bound is either flaky or meaningless.
  it('lays out 2,000 goals and 20,000 tactics without overlap', { timeout: 120_000 }, () => {
    const doc = validatePlanDocument(largePlan());
    const { layout: l } = layout(doc);
    expect(l.nodes.length).toBeGreaterThan(22_000);
    expect(firstOverlap(l)).toBeNull();
  });
});
