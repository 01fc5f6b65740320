import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../renderer/src/outline/filter.ts';
import { buildOutline, DRAFT_KEY, firstRowPath, subtreeEnd, UNALIGNED_KEY } from '../../renderer/src/outline/rows.ts';
import { goal, objective, planDoc, tactic } from '../helpers/plans.ts';

/** o1 <- g1 (also o2) <- t1, t2 (t2 also g2); o2 <- g2; g3 and t3 support nothing. */
function plan() {
  return planDoc({
    departments: [
      { id: 'd1', name: 'Support', head: null },
      { id: 'd2', name: 'Sales', head: null },
    ],
    objectives: [objective('o1'), objective('o2')],
    goals: [
      goal('g1', [
        { objectiveId: 'o1', strength: 'strong' },
        { objectiveId: 'o2', strength: 'weak' },
      ]),
      goal('g2', [{ objectiveId: 'o2', strength: 'medium' }], { departmentId: 'd2', owner: 'Sam' }),
      goal('g3', []),
    ],
    tactics: [
      tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { status: 'at_risk', tags: ['VoC'] }),
      tactic('t2', [
        { goalId: 'g1', strength: 'medium' },
        { goalId: 'g2', strength: 'weak' },
      ]),
      tactic('t3', [], { departmentId: 'd2' }),
    ],
  });
}

const keys = (rows: { key: string }[]) => rows.map((r) => r.key);

describe('buildOutline', () => {
  it('lists objectives, their goals and those goals’ tactics, then the Unaligned section', () => {
    const { rows } = buildOutline(plan());
    expect(keys(rows)).toEqual([
      'o1',
      'o1/g1',
      'o1/g1/t1',
      'o1/g1/t2',
      'o2',
      'o2/g1',
      'o2/g1/t1',
      'o2/g1/t2',
      'o2/g2',
      'o2/g2/t2',
      UNALIGNED_KEY,
      `${UNALIGNED_KEY}/g3`,
      `${UNALIGNED_KEY}/t3`,
    ]);
    expect(rows.map((r) => r.level)).toEqual([1, 2, 3, 3, 1, 2, 3, 3, 2, 3, 1, 2, 2]);
  });

  it('marks items shown under several parents as shared, with the strength of each link', () => {
    const { rows } = buildOutline(plan());
    const g1 = rows.filter((r) => r.id === 'g1');
    expect(g1.map((r) => [r.parentId, r.strength, r.parents])).toEqual([
      ['o1', 'strong', 2],
      ['o2', 'weak', 2],
    ]);
    expect(rows.find((r) => r.key === 'o2/g2/t2')).toMatchObject({ parents: 2, strength: 'weak', parentId: 'g2' });
    expect(rows.find((r) => r.key === 'o1/g1/t1')).toMatchObject({ parents: 1 });
  });

  it('gives each row its ARIA position among its siblings', () => {
    const { rows } = buildOutline(plan());
    const o2 = rows.find((r) => r.key === 'o2')!;
    expect(o2).toMatchObject({ posInSet: 2, setSize: 3, childCount: 2, expanded: true });
    expect(rows.find((r) => r.key === 'o2/g2')).toMatchObject({ posInSet: 2, setSize: 2 });
  });

  it('hides the children of collapsed rows, but still counts them', () => {
    const { rows } = buildOutline(plan(), { collapsed: new Set(['o1', 'o2/g1']) });
    expect(keys(rows).slice(0, 4)).toEqual(['o1', 'o2', 'o2/g1', 'o2/g2']);
    expect(rows[0]).toMatchObject({ expanded: false, childCount: 1 });
  });

  it('omits the Unaligned section when everything is aligned', () => {
    const p = plan();
    const aligned = {
      ...p,
      goals: p.goals.filter((g) => g.id !== 'g3'),
      tactics: p.tactics.filter((t) => t.id !== 't3'),
    };
    expect(keys(buildOutline(aligned).rows)).not.toContain(UNALIGNED_KEY);
  });

  it('filters by status and tag (tactics), keeping their goals and objectives as context', () => {
    const { rows, matched, filtering } = buildOutline(plan(), { filter: { ...NO_FILTER, status: 'at_risk' } });
    expect(filtering).toBe(true);
    expect(matched).toBe(1);
    expect(keys(rows)).toEqual(['o1', 'o1/g1', 'o1/g1/t1', 'o2', 'o2/g1', 'o2/g1/t1']);
    expect(rows.filter((r) => r.match).map((r) => r.key)).toEqual(['o1/g1/t1', 'o2/g1/t1']);
    expect(keys(buildOutline(plan(), { filter: { ...NO_FILTER, tag: 'VoC' } }).rows)).toContain('o1/g1/t1');
  });

  it('filters by department and owner', () => {
    const byDept = buildOutline(plan(), { filter: { ...NO_FILTER, departmentId: 'd2' } });
    expect(byDept.rows.filter((r) => r.match && r.kind !== 'section').map((r) => r.key)).toEqual([
      'o2/g2',
      `${UNALIGNED_KEY}/t3`,
    ]);
    const byOwner = buildOutline(plan(), { filter: { ...NO_FILTER, owner: 'Sam' } });
    expect(byOwner.rows.filter((r) => r.match).map((r) => r.id)).toEqual(['g2']);
  });

  it('finds items by code or title, case-insensitively', () => {
    expect(buildOutline(plan(), { filter: { ...NO_FILTER, text: 'g2' } }).matched).toBe(1);
    expect(buildOutline(plan(), { filter: { ...NO_FILTER, text: 'tactic T3' } }).rows.map((r) => r.key)).toEqual([
      UNALIGNED_KEY,
      `${UNALIGNED_KEY}/t3`,
    ]);
  });

  it('keeps pinned items visible whatever the filter', () => {
    const { rows } = buildOutline(plan(), { filter: { ...NO_FILTER, text: 'zzz' }, pinned: new Set(['t3']) });
    expect(keys(rows)).toEqual([UNALIGNED_KEY, `${UNALIGNED_KEY}/t3`]);
  });

  it('places a draft where the new item will be created', () => {
    const after = buildOutline(plan(), {
      draft: { kind: 'tactic', parentKey: 'o1/g1', parentId: 'g1', afterId: 't1' },
    });
    expect(keys(after.rows).slice(0, 5)).toEqual(['o1', 'o1/g1', 'o1/g1/t1', DRAFT_KEY, 'o1/g1/t2']);
    expect(after.rows[3]).toMatchObject({ level: 3, draft: true, parentId: 'g1' });

    const atEnd = buildOutline(plan(), { draft: { kind: 'objective', parentKey: null, parentId: null } });
    expect(keys(atEnd.rows).indexOf(DRAFT_KEY)).toBe(keys(atEnd.rows).indexOf(UNALIGNED_KEY) - 1);

    const underCollapsed = buildOutline(plan(), {
      collapsed: new Set(['o2']),
      draft: { kind: 'goal', parentKey: 'o2', parentId: 'o2' },
    });
    expect(keys(underCollapsed.rows).slice(4, 10)).toEqual([
      'o2',
      'o2/g1',
      'o2/g1/t1',
      'o2/g1/t2',
      'o2/g2',
      'o2/g2/t2',
    ]);
    expect(keys(underCollapsed.rows)[10]).toBe(DRAFT_KEY);

    const unalignedGoal = buildOutline(plan(), { draft: { kind: 'goal', parentKey: UNALIGNED_KEY, parentId: null } });
    expect(keys(unalignedGoal.rows).slice(-3)).toEqual([`${UNALIGNED_KEY}/g3`, DRAFT_KEY, `${UNALIGNED_KEY}/t3`]);
  });

  it('shows the Unaligned section for a draft that goes there, even when nothing else is unaligned', () => {
    const p = planDoc({ objectives: [], goals: [], tactics: [] });
    const { rows } = buildOutline(p, { draft: { kind: 'goal', parentKey: UNALIGNED_KEY, parentId: null } });
    expect(keys(rows)).toEqual([UNALIGNED_KEY, DRAFT_KEY]);
  });

  it('knows where an item’s first row is, and which rows must open to show it', () => {
    expect(firstRowPath(plan(), 'tactic', 't2')).toEqual({ key: 'o1/g1/t2', ancestors: ['o1', 'o1/g1'] });
    expect(firstRowPath(plan(), 'goal', 'g3')).toEqual({ key: `${UNALIGNED_KEY}/g3`, ancestors: [UNALIGNED_KEY] });
    expect(firstRowPath(plan(), 'tactic', 't3')).toEqual({ key: `${UNALIGNED_KEY}/t3`, ancestors: [UNALIGNED_KEY] });
    expect(firstRowPath(plan(), 'goal', 'nope')).toBeNull();
  });

  it('finds the end of a row’s subtree', () => {
    const { rows } = buildOutline(plan());
    expect(subtreeEnd(rows, 0)).toBe(4);
    expect(subtreeEnd(rows, 1)).toBe(4);
    expect(subtreeEnd(rows, 2)).toBe(3);
  });
});
