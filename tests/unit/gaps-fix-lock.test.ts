/** Which of the new fixes a department's draft may apply: it follows the targets the analysis names. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/gaps.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { LEADERSHIP_REASON, type DraftScope } from '../../renderer/src/domain/draft-lock.ts';
import { fixLock } from '../../renderer/src/gaps/fix-lock.ts';
import { goal, kpi, objective, planDoc } from '../helpers/plans.ts';

const draftOf = (departmentId: string, departmentName: string): DraftScope => ({
  departmentId,
  departmentName,
  planTitle: 'Plan',
  issuedAt: '2027-01-05T09:00:00.000Z',
});

const plan = planDoc({
  departments: [
    { id: 'd1', name: 'Support' },
    { id: 'd2', name: 'IT' },
  ],
  objectives: [
    objective('b1', { horizon: 'breakthrough' }),
    objective('a1', { supports: [{ objectiveId: 'b1', strength: 'strong' }], kpi: { ...kpi(9), baseline: null } }),
  ],
  goals: [goal('g1', [{ objectiveId: 'a1', strength: 'strong' }], { kpi: { ...kpi(5), baseline: null } })],
});
const report = analyzeGaps(plan, '2027-01-15');
const find = (kind: Finding['kind'], id: string) => report.findings.find((f) => f.kind === kind && f.id === id)!;

describe('fix locks for the new findings', () => {
  it("lets a department add a tactic for a breakthrough only through its own goal of the annual objective's", () => {
    const f = find('breakthrough_annuals_not_carried', 'b1');
    expect(f.fix).toMatchObject({ action: 'create_tactic', targets: ['g1'] });
    expect(fixLock(draftOf('d1', 'Support'), f, plan)).toBeNull();
    expect(fixLock(draftOf('d2', 'IT'), f, plan)).toBe('None of IT’s goals supports it: add one first, or a note');
  });

  it("lets a department set its own goal's KPI baseline, not leadership's objective's", () => {
    expect(fixLock(draftOf('d1', 'Support'), find('kpi_without_baseline', 'g1'), plan)).toBeNull();
    expect(fixLock(draftOf('d2', 'IT'), find('kpi_without_baseline', 'g1'), plan)).toMatch(/^Set by Support/);
    expect(fixLock(draftOf('d1', 'Support'), find('kpi_without_baseline', 'a1'), plan)).toBe(LEADERSHIP_REASON);
  });
});
