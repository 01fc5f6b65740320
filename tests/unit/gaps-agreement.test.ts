/**
 * The tree, the cascade's flags, the X-matrix and the report's gap marks all read one analysis: on a plan shaped
 * like a real X-matrix (goals linked to annual objectives only) none of them calls a carried breakthrough uncovered,
 * and all of them flag the annual objective nobody carries.
 */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { FINDING_WORDS } from '../../core/plain-words.ts';
import { FINDING_KINDS } from '../../contract/gaps.ts';
import { gapFlags } from '../../renderer/src/domain/gap-flags.ts';
import { GROUP_LABEL, groupFindings } from '../../renderer/src/gaps/finding-groups.ts';
import { buildTreeModel, walk } from '../../renderer/src/tree/tree-model.ts';
import { buildXMatrix } from '../../renderer/src/xmatrix/matrix-model.ts';
import { goal, objective, planDoc, tactic } from '../helpers/plans.ts';

const realShape = () =>
  planDoc({
    objectives: [
      objective('b1', { horizon: 'breakthrough' }),
      objective('b2', { horizon: 'breakthrough' }),
      objective('a1', { supports: [{ objectiveId: 'b1', strength: 'strong' }] }),
      objective('a2', { supports: [{ objectiveId: 'b2', strength: 'strong' }] }),
    ],
    goals: [goal('g1', [{ objectiveId: 'a1', strength: 'strong' }])],
    tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-06-30' })],
  });

describe('one gap analysis behind every view', () => {
  it('marks neither breakthrough uncovered, and the uncarried annual objective everywhere', () => {
    const plan = realShape();
    const gaps = analyzeGaps(plan, '2027-01-15');
    expect(gaps.uncoveredObjectives).toEqual(['a2']);

    const tree = buildTreeModel(plan, gaps);
    const marks = new Map([...walk(tree.root)].map((item) => [item.id, item.gap]));
    expect([marks.get('b1'), marks.get('b2'), marks.get('a1'), marks.get('a2')]).toEqual([
      'none',
      'none',
      'none',
      'uncovered',
    ]);
    expect(tree.counts.uncoveredObjectives).toBe(1);

    const flags = gapFlags(gaps);
    expect([flags.get('b1'), flags.get('b2'), flags.get('a2')]).toEqual([undefined, undefined, 'uncovered']);

    const matrix = buildXMatrix(plan, gaps);
    expect(matrix.breakthroughs.map((b) => [b.id, b.gaps])).toEqual([
      ['b1', []],
      ['b2', []],
    ]);
    expect(matrix.annuals.find((a) => a.id === 'a2')!.gaps).toEqual(['uncovered_objective']);

    // b2 is served, but by an annual objective nobody carries: a warning of its own, shown as its own group.
    expect(gaps.findings.filter((f) => f.id === 'b2').map((f) => f.kind)).toEqual(['breakthrough_annuals_not_carried']);
    expect(groupFindings(gaps.findings).map((g) => g.label)).toContain(
      'Breakthroughs their annual objectives do not carry yet',
    );
  });

  it('has words for every finding kind in the gaps view and the exports', () => {
    for (const kind of FINDING_KINDS) {
      expect(GROUP_LABEL[kind]).toMatch(/\w/);
      expect(FINDING_WORDS[kind]).toMatch(/\w/);
    }
  });
});
