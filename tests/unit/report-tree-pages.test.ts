/** The tree on paper: paged by objective, split only between goals, each card once (pure, no browser). */
import { describe, expect, it } from 'vitest';
import {
  pictureHeight,
  pictureWidth,
  posterLayout,
  treePages,
  type TreePage,
} from '../../renderer/src/report/tree-pages.ts';
import type { TreeItem, TreeKind } from '../../renderer/src/tree/tree-model.ts';

function item(kind: TreeKind, id: string, children: TreeItem[] = [], parent = ''): TreeItem {
  const key = kind === 'plan' ? 'plan' : kind === 'unaligned' ? 'unaligned' : `${parent}/${id}`;
  return {
    key,
    id,
    kind,
    gap: 'none',
    code: id.toUpperCase(),
    title: `${kind} ${id}`,
    owner: null,
    departmentId: null,
    status: null,
    strength: null,
    context: false,
    children: children.map((c) => ({ ...c, key: `${id}/${c.id}` })),
  };
}
const tactics = (goal: string, n: number) => Array.from({ length: n }, (_, i) => item('tactic', `${goal}t${i}`));
const goal = (id: string, n: number) => item('goal', id, tactics(id, n));

/** O1: 3 goals of 2 tactics; O2: 12 goals of 3 tactics; O3: no goal; Unaligned: 2 orphans. */
function plan(): TreeItem {
  return item('plan', 'plan', [
    item('objective', 'o1', [goal('g1', 2), goal('g2', 2), goal('g3', 2)]),
    item(
      'objective',
      'o2',
      Array.from({ length: 12 }, (_, i) => goal(`h${i}`, 3)),
    ),
    item('objective', 'o3'),
    item('unaligned', 'unaligned', [item('goal', 'orphan-goal'), item('tactic', 'orphan-tactic')]),
  ]);
}

const ids = (p: TreePage) => p.picture.nodes.map((n) => n.item.id);
const NONE = new Set<string>();

describe('treePages', () => {
  it('puts each objective on pages of its own and the Unaligned branch last, each card exactly once', () => {
    const root = plan();
    const pages = treePages(root, [], NONE, 1000);
    expect(pages.map((p) => [p.item.id, p.part])).toEqual([
      ['o1', 0],
      ['o2', 0],
      ['o2', 1],
      ['o2', 2],
      ['o2', 3],
      ['o3', 0],
      ['unaligned', 0],
    ]);
    const drawn = pages.flatMap(ids);
    const everything = [...allIds(root)].filter((id) => id !== 'plan');
    expect([...drawn].sort()).toEqual([...everything].sort());
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(pages.at(-1)!.kind).toBe('unaligned');
  });

  it('splits only between goals: a goal and its tactics are always on one page, and pages fit the budget', () => {
    const pages = treePages(plan(), [], NONE, 1000);
    for (const page of pages) {
      expect(pictureHeight(page.picture)).toBeLessThanOrEqual(1000);
      const onPage = new Set(ids(page));
      for (const n of page.picture.nodes)
        if (n.item.kind === 'goal') for (const c of n.item.children) expect(onPage.has(c.id)).toBe(true);
    }
  });

  it('draws the objective card only on its first page, so a continued page has no edge from off the page', () => {
    const pages = treePages(plan(), [], NONE, 1000).filter((p) => p.item.id === 'o2');
    expect(ids(pages[0]!)).toContain('o2');
    for (const page of pages.slice(1)) {
      expect(ids(page)).not.toContain('o2');
      const keys = new Set(page.picture.nodes.map((n) => n.key));
      for (const e of page.picture.edges) {
        expect(keys.has(e.fromKey)).toBe(true);
        expect(keys.has(e.toKey)).toBe(true);
      }
      // Continued pages start at the goals' column: no empty objective column on the left.
      expect(Math.min(...page.picture.nodes.map((n) => n.x))).toBe(0);
    }
  });

  it('gives a goal taller than a page a page of its own rather than splitting it', () => {
    const root = item('plan', 'plan', [item('objective', 'o1', [goal('g1', 1), goal('big', 30), goal('g3', 1)])]);
    const pages = treePages(root, [], NONE, 800);
    const big = pages.find((p) => ids(p).includes('big'))!;
    expect(ids(big).filter((id) => id.startsWith('bigt'))).toHaveLength(30);
    expect(ids(big).filter((id) => id.startsWith('g'))).toEqual([]);
  });

  it('draws an objective a little smaller rather than spill a goal onto a page of its own, when allowed', () => {
    const root = item('plan', 'plan', [item('objective', 'o1', [goal('g1', 4), goal('g2', 4), goal('g3', 1)])]);
    const strict = treePages(root, [], NONE, 800);
    expect(strict).toHaveLength(2);
    const shrunk = treePages(root, [], NONE, 800, 0.8);
    expect(shrunk).toHaveLength(1);
    expect(pictureHeight(shrunk[0]!.picture)).toBeLessThanOrEqual(800 / 0.8);
    // Never more than that: a much taller objective keeps its pages.
    expect(treePages(plan(), [], NONE, 1000, 0.8).filter((p) => p.item.id === 'o2').length).toBeGreaterThan(1);
  });

  it('with tactics collapsed, draws goals only (their counts are on the cards)', () => {
    const root = plan();
    const collapsed = new Set([...walkItems(root)].filter((i) => i.kind === 'goal').map((i) => i.key));
    const pages = treePages(root, [], collapsed, 1000);
    const drawn = pages.flatMap(ids);
    expect(drawn.some((id) => id.includes('t'))).toBe(true); // orphan-tactic sits under Unaligned
    expect(drawn.filter((id) => /^[gh]\d+t/.test(id))).toEqual([]);
    expect(pages.find((p) => p.item.id === 'o2')!.picture.nodes.find((n) => n.item.id === 'h0')!.hiddenCount).toBe(3);
  });
});

describe('posterLayout', () => {
  it('packs the tree into columns so it fills a sheet far better than one tall strip', () => {
    const root = item(
      'plan',
      'plan',
      Array.from({ length: 8 }, (_, o) =>
        item(
          'objective',
          `o${o}`,
          Array.from({ length: 8 }, (_, g) => goal(`o${o}g${g}`, 5)),
        ),
      ),
    );
    const sheet = { width: 2245, height: 3179 }; // A1 portrait content box, roughly
    const poster = posterLayout(root, [], NONE, sheet);
    const pages = treePages(root, [], NONE, Infinity);
    const strip = Math.min(
      sheet.width / pictureWidth(3),
      sheet.height / pages.reduce((s, p) => s + pictureHeight(p.picture), 0),
    );
    expect(poster.zoom).toBeGreaterThan(strip * 2);
    // Filled: the scaled tree covers most of one side of the sheet.
    expect(Math.max((poster.width * poster.zoom) / sheet.width, (poster.height * poster.zoom) / sheet.height)).toBe(1);
    const drawn = poster.blocks.flatMap((b) => ids(b.page));
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn).toHaveLength([...walkItems(root)].length - 1);
  });
});

function* walkItems(i: TreeItem): Generator<TreeItem> {
  yield i;
  for (const c of i.children) yield* walkItems(c);
}
const allIds = (i: TreeItem) => new Set([...walkItems(i)].map((x) => x.id));
