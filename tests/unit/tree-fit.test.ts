/** Fit: the levels of the tree legible on the screen, filling it. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { validatePlanDocument } from '../../core/plan-json.ts';
import { largePlan } from '../../bench/large-plan.ts';
import { FIT_MAX_SCALE, keysAtDepth, LEGIBLE_SCALE, legibleFit } from '../../renderer/src/tree/tree-fit.ts';
import { buildTreeModel } from '../../renderer/src/tree/tree-model.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const doc = samplePlanDocument();
const model = buildTreeModel(doc, analyzeGaps(doc, '2027-01-15'));
const toScreen = (t: { x: number; y: number; k: number }, x: number, y: number): [number, number] => [
  x * t.k + t.x,
  y * t.k + t.y,
];

/** The fitted tree's extent on screen fills one dimension (less the padding) and fits in the other. */
function expectFills(choice: ReturnType<typeof legibleFit>, size: { width: number; height: number }) {
  const { bounds } = choice.layout;
  const [x0, y0] = toScreen(choice.transform, bounds.x0, bounds.y0);
  const [x1, y1] = toScreen(choice.transform, bounds.x1, bounds.y1);
  expect(x0).toBeGreaterThanOrEqual(0);
  expect(y0).toBeGreaterThanOrEqual(0);
  expect(x1).toBeLessThanOrEqual(size.width);
  expect(y1).toBeLessThanOrEqual(size.height);
  if (choice.transform.k < FIT_MAX_SCALE) {
    expect(Math.max((x1 - x0) / (size.width - 64), (y1 - y0) / (size.height - 64))).toBeCloseTo(1, 6);
  }
}

describe('keysAtDepth', () => {
  it('lists the nodes of a level that have children', () => {
    const objectives = keysAtDepth(model.root, 1);
    expect([...objectives].sort()).toEqual(
      model.root.children
        .filter((c) => c.children.length > 0)
        .map((c) => c.key)
        .sort(),
    );
    expect(keysAtDepth(model.root, 0)).toEqual(new Set(['plan']));
    expect(keysAtDepth(model.root, 9).size).toBe(0);
  });
});

describe('legibleFit', () => {
  it('shows the whole sample plan when the screen is large enough for legible cards', () => {
    const size = { width: 3840, height: 6000 };
    const choice = legibleFit(model.root, model.secondary, 'horizontal', size);
    expect(choice.depth).toBeNull();
    expect(choice.collapsed.size).toBe(0);
    expect(choice.transform.k).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
    expectFills(choice, size);
  });

  it('folds the tactics into their goals when the whole tree would be too small to read', () => {
    // The whole sample tree is about 3,200 units tall: at 1,500 px it would be drawn at under half size.
    const size = { width: 1900, height: 1500 };
    const choice = legibleFit(model.root, model.secondary, 'horizontal', size);
    expect(choice.depth).toBe(2);
    expect(choice.transform.k).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
    // Orphaned tactics sit directly under the Unaligned header (level 2): they stay; no level-3 tactic does.
    expect(choice.layout.nodes.some((n) => n.depth > 2)).toBe(false);
    expect(choice.layout.nodes.filter((n) => n.item.kind === 'goal').every((n) => !n.hasChildren || n.collapsed)).toBe(
      true,
    );
    // The goals carry the count of what they fold, and the gap marks stay on what is shown.
    const folded = choice.layout.nodes.filter((n) => n.collapsed);
    expect(folded.reduce((sum, n) => sum + n.hiddenCount, 0)).toBe(
      model.root.children.flatMap((o) => o.children).reduce((sum, g) => sum + g.children.length, 0),
    );
    expect(choice.layout.nodes.some((n) => n.item.gap !== 'none')).toBe(true);
    expectFills(choice, size);
  });

  it('enlarges a tree that fits easily, up to a limit, and centres it', () => {
    const size = { width: 8000, height: 8000 };
    const choice = legibleFit(model.root, model.secondary, 'horizontal', size);
    expect(choice.transform.k).toBe(FIT_MAX_SCALE);
    const { bounds } = choice.layout;
    const [x0, y0] = toScreen(choice.transform, bounds.x0, bounds.y0);
    const [x1, y1] = toScreen(choice.transform, bounds.x1, bounds.y1);
    expect(x0 + x1).toBeCloseTo(size.width, 6);
    expect(y0 + y1).toBeCloseTo(size.height, 6);
  });

  it('shows only the objectives, each with its count, for a plan too large for legible goals', () => {
    const plan = validatePlanDocument(largePlan({ departments: 20, objectives: 8, goals: 200, tactics: 2000 }));
    const big = buildTreeModel(plan, analyzeGaps(plan, '2027-06-01'));
    const choice = legibleFit(big.root, big.secondary, 'horizontal', { width: 1830, height: 820 });
    expect(choice.depth).toBe(1);
    expect(choice.layout.nodes.map((n) => n.item.kind).filter((k) => k !== 'objective' && k !== 'unaligned')).toEqual([
      'plan',
    ]);
    const objectives = choice.layout.nodes.filter((n) => n.depth === 1);
    expect(objectives.filter((n) => n.hasChildren).every((n) => n.collapsed && n.hiddenCount > 0)).toBe(true);
    expect(objectives.filter((n) => n.hasChildren).length).toBeGreaterThan(1);
    expect(choice.transform.k).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
  });
});
