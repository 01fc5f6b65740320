/** Fit: the levels of the tree legible on the screen, filling it. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { validatePlanDocument } from '../../core/plan-json.ts';
import { largePlan } from '../../bench/large-plan.ts';
import {
  cardTextPx,
  FIT_MAX_SCALE,
  keysAtDepth,
  LEGIBLE_SCALE,
  legibleFit,
  levelForScale,
  MIN_LEGIBLE_PX,
  PRESENT_LEGIBLE_SCALE,
  PRESENT_MAX_SCALE,
  PRESENT_MIN_LEGIBLE_PX,
  REVEAL_STEP,
  revealOnZoom,
  treeDepth,
} from '../../renderer/src/tree/tree-fit.ts';
import { CARD_FONTS } from '../../renderer/src/tree/card-fonts.ts';
import { COLUMN_GAP, layoutTree, splitEvenly, wrapBranches } from '../../renderer/src/tree/tree-layout.ts';
import { centreOn } from '../../renderer/src/tree/tree-viewport.ts';
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
    // The whole sample tree is about 3,200 units tall (goals folded: 1,790): at 1,600 px it would be drawn at half size.
    const size = { width: 1900, height: 1600 };
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
    // Objectives (and the Unaligned header), maybe wrapped into columns without the plan's card: nothing deeper.
    expect(
      choice.layout.nodes.map((n) => n.item.kind).filter((k) => k !== 'objective' && k !== 'unaligned' && k !== 'plan'),
    ).toEqual([]);
    const objectives = choice.layout.nodes.filter((n) => n.depth === 1);
    expect(objectives.filter((n) => n.hasChildren).every((n) => n.collapsed && n.hiddenCount > 0)).toBe(true);
    expect(objectives.filter((n) => n.hasChildren).length).toBeGreaterThan(1);
    expect(choice.transform.k).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
  });
});

/** Generated plans of 300 and 2,000 tactics (a goal per ten tactics), as the issue tried them. */
function generated(tactics: number) {
  const plan = validatePlanDocument(
    largePlan({ departments: 20, objectives: 8, goals: Math.round(tactics / 10), tactics }),
  );
  return buildTreeModel(plan, analyzeGaps(plan, '2027-06-01'));
}

/** The tree's stage at 1920×1080 and 1440×900, in the app (rail, toolbar, gap bar, legend, inspector) and presenting. */
const STAGES = {
  '1920×1080': { width: 1492, height: 851 },
  '1440×900': { width: 1012, height: 635 },
  '1920×1080 presenting': { width: 1920, height: 990 },
};

describe('legible at Fit', () => {
  it('draws a card’s code, owner and title at 11 CSS px or more at Fit (14 presenting)', () => {
    expect(MIN_LEGIBLE_PX).toBe(11);
    expect(cardTextPx(PRESENT_LEGIBLE_SCALE)).toBeCloseTo(PRESENT_MIN_LEGIBLE_PX, 9);
    for (const font of [CARD_FONTS.code, CARD_FONTS.meta, CARD_FONTS.title]) {
      expect(font.size * LEGIBLE_SCALE).toBeGreaterThanOrEqual(MIN_LEGIBLE_PX - 1e-9);
    }
    expect(cardTextPx(LEGIBLE_SCALE)).toBeCloseTo(MIN_LEGIBLE_PX, 9);
  });

  for (const [name, size] of Object.entries(STAGES)) {
    it(`fits the sample, 300 and 2,000 tactics legibly on the ${name} stage, filling it`, () => {
      const presenting = name.includes('presenting');
      const max = presenting ? PRESENT_MAX_SCALE : FIT_MAX_SCALE;
      const legible = presenting ? PRESENT_LEGIBLE_SCALE : LEGIBLE_SCALE;
      for (const m of [model, generated(300), generated(2000)]) {
        const choice = legibleFit(m.root, m.secondary, 'horizontal', size, max, legible);
        expect(cardTextPx(choice.transform.k)).toBeGreaterThanOrEqual(
          presenting ? PRESENT_MIN_LEGIBLE_PX : MIN_LEGIBLE_PX,
        );
        // Objectives are always shown; never the plan card alone.
        expect(choice.layout.nodes.some((n) => n.item.kind === 'objective')).toBe(true);
        const { bounds } = choice.layout;
        const [x0, y0] = toScreen(choice.transform, bounds.x0, bounds.y0);
        const [x1, y1] = toScreen(choice.transform, bounds.x1, bounds.y1);
        expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(0);
        expect(x1).toBeLessThanOrEqual(size.width);
        if (choice.transform.k === legible) {
          // Not even the objectives fit legibly (2,000 tactics at 1440×900): legible, from the top, panning on.
          expect(choice.depth).toBe(1);
          expect(y1).toBeGreaterThan(size.height);
        } else expect(y1).toBeLessThanOrEqual(size.height);
        if (choice.transform.k < max && choice.transform.k > legible) {
          expect(Math.max((x1 - x0) / (size.width - 64), (y1 - y0) / (size.height - 64))).toBeCloseTo(1, 6);
        }
      }
    });
  }

  it('folds 2,000 tactics to the levels that are legible, with counts on what is folded', () => {
    const big = generated(2000);
    const choice = legibleFit(big.root, big.secondary, 'horizontal', STAGES['1920×1080']);
    expect(choice.depth).not.toBeNull();
    expect(choice.layout.nodes.length).toBeLessThan(50);
    const folded = choice.layout.nodes.filter((n) => n.collapsed);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.every((n) => n.hiddenCount > 0)).toBe(true);
  });
});

describe('levelForScale', () => {
  const fit = { k: 1, depth: 1 };
  it('keeps Fit’s level at Fit’s zoom and below, one level more per zoom step in', () => {
    expect(levelForScale(1, fit, 3)).toBe(1);
    expect(levelForScale(0.3, fit, 3)).toBe(1);
    expect(levelForScale(REVEAL_STEP * 0.99, fit, 3)).toBe(1);
    expect(levelForScale(REVEAL_STEP, fit, 3)).toBe(2);
    expect(levelForScale(REVEAL_STEP ** 2, fit, 3)).toBeNull();
    expect(levelForScale(5, fit, 3)).toBeNull();
  });
  it('shows every level when Fit showed every level', () => {
    expect(levelForScale(0.5, { k: 1, depth: null }, 3)).toBeNull();
  });
});

describe('revealOnZoom', () => {
  const big = generated(2000);
  const deepest = treeDepth(big.root);
  const size = STAGES['1920×1080'];
  const choice = legibleFit(big.root, big.secondary, 'horizontal', size);
  const fit = { k: choice.transform.k, depth: choice.depth };

  it('reveals nothing at Fit’s zoom', () => {
    const r = revealOnZoom(choice.layout, choice.transform, size, choice.collapsed, fit, deepest);
    expect(r.expand).toEqual([]);
    expect(r.anchor).toBeNull();
  });

  it('zooming in on a folded branch opens it one level, and only what is on screen', () => {
    const target = choice.layout.nodes.find((n) => n.collapsed && n.depth === choice.depth)!;
    const t = centreOn(target, size, fit.k * REVEAL_STEP);
    const r = revealOnZoom(choice.layout, t, size, choice.collapsed, fit, deepest);
    expect(r.expand).toContain(target.key);
    expect(r.expand.length).toBeLessThan(choice.collapsed.size);
    expect(r.anchor?.key).toBe(target.key);
    // The level below it folds in its turn (its tactics wait for the next step in).
    const next = target.item.children.filter((c) => c.children.length > 0).map((c) => c.key);
    expect(r.fold).toEqual(expect.arrayContaining(next));
    const opened = new Set([...choice.collapsed].filter((k) => !r.expand.includes(k)).concat(r.fold));
    const after = layoutTree(big.root, big.secondary, opened, 'horizontal');
    expect(after.nodes.filter((n) => n.parentKey === target.key).length).toBe(target.item.children.length);
    expect(after.nodes.every((n) => n.depth <= (choice.depth ?? 0) + 1)).toBe(true);
  });

  it('a branch opened by hand is not folded by zooming', () => {
    const target = choice.layout.nodes.find((n) => n.collapsed && n.depth === choice.depth)!;
    const t = centreOn(target, size, fit.k * REVEAL_STEP);
    const folded = new Set([...choice.collapsed].filter((k) => k !== target.key));
    const r = revealOnZoom(choice.layout, t, size, folded, fit, deepest);
    expect(r.expand).not.toContain(target.key);
  });
});

describe('wrapping the branches into columns', () => {
  it('splits stacked heights into runs whose tallest is as short as it can be', () => {
    expect(splitEvenly([100, 100, 100, 100], 2, 10)).toEqual([0, 2]);
    expect(splitEvenly([300, 100, 100, 100], 2, 10)).toEqual([0, 1]);
    expect(splitEvenly([100, 100, 100], 3, 10)).toEqual([0, 1, 2]);
    expect(splitEvenly([50, 60, 70, 500, 40], 3, 0)).toEqual([0, 3, 4]);
  });

  it('stacks the branches into side-by-side columns, without the plan card, nothing overlapping', () => {
    const collapsed = keysAtDepth(model.root, 2);
    const plain = layoutTree(model.root, model.secondary, collapsed, 'horizontal');
    const wrapped = wrapBranches(plain, 2);
    expect(wrapped.columns).toBe(2);
    expect(wrapped.nodes.map((n) => n.key).sort()).toEqual(
      plain.nodes
        .filter((n) => n.depth > 0)
        .map((n) => n.key)
        .sort(),
    );
    // Half as tall, about twice as wide (less the plan's column).
    const height = (l: typeof plain) => l.bounds.y1 - l.bounds.y0;
    expect(height(wrapped)).toBeLessThan(height(plain) * 0.6);
    const xs = new Set(wrapped.nodes.filter((n) => n.depth === 1).map((n) => n.x));
    expect(xs.size).toBe(2);
    const [a, b] = [...xs].sort((p, q) => p - q);
    expect(b! - a!).toBeGreaterThanOrEqual(320 + COLUMN_GAP);
    // Objectives head their branch (no edge to the plan); a child keeps its parent.
    for (const n of wrapped.nodes) {
      if (n.depth === 1) expect(n.parent).toBeNull();
      else expect(n.parent && wrapped.byKey.get(n.parent.key)).toBe(n.parent);
    }
    for (let i = 0; i < wrapped.nodes.length; i++) {
      for (let j = i + 1; j < wrapped.nodes.length; j++) {
        const p = wrapped.nodes[i]!;
        const q = wrapped.nodes[j]!;
        const apart = p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y;
        expect(apart, `${p.key} and ${q.key}`).toBe(true);
      }
    }
    expect(wrapBranches(plain, 1)).toBe(plain);
  });

  it('shows the sample’s goals in two columns on a wide stage where only wrapping makes them legible', () => {
    const choice = legibleFit(model.root, model.secondary, 'horizontal', { width: 1920, height: 990 }, 2);
    expect(choice.depth).toBe(2);
    expect(choice.columns).toBe(2);
    expect(choice.layout.nodes.filter((n) => n.item.kind === 'goal').length).toBeGreaterThan(10);
    expect(cardTextPx(choice.transform.k)).toBeGreaterThanOrEqual(MIN_LEGIBLE_PX);
  });

  it('keeps the tree’s own shape, with the plan card, when wrapping would not use the screen better', () => {
    const choice = legibleFit(model.root, model.secondary, 'horizontal', STAGES['1920×1080']);
    expect(choice.columns).toBe(1);
    expect(choice.layout.nodes[0]?.item.kind).toBe('plan');
    expect(legibleFit(model.root, model.secondary, 'vertical', STAGES['1920×1080']).columns).toBe(1);
  });
});
