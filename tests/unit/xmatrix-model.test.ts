import { describe, expect, it } from 'vitest';
import type { GapReport } from '../../contract/gaps.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { buildXMatrix, kpiHeading, nextStrength, weightedTitle } from '../../renderer/src/xmatrix/matrix-model.ts';

describe('X-matrix model', () => {
  const plan = samplePlanDocument();

  it('cycles none → weak → medium → strong → none', () => {
    expect(['none', 'weak', 'medium', 'strong'].map((s) => nextStrength(s as never))).toEqual([
      'weak',
      'medium',
      'strong',
      'none',
    ]);
  });

  it('places annual × breakthrough links with the annual objective as the row', () => {
    const m = buildXMatrix(plan, null);
    expect(m.breakthroughs.map((b) => b.id)).toEqual(['o1', 'o2']);
    expect(m.annuals.map((a) => a.id)).toEqual(['o3', 'o4', 'o5']);
    expect(m.annualBreakthrough.get('o3')?.get('o2')).toMatchObject({
      strength: 'medium',
      label: 'O3 × O2: medium',
      link: { kind: 'annual-breakthrough', fromId: 'o3', toId: 'o2' },
    });
    expect(m.annualBreakthrough.get('o5')?.get('o2')?.strength).toBe('none');
  });

  it('derives KPI and owner marks read-only', () => {
    const m = buildXMatrix(plan, null);
    // CS-1 strongly supports O1, so O1's KPI measures it strongly; its own KPI is strong too.
    expect(m.itemKpi.get('g-cs-1')?.get('kpi:o1')).toMatchObject({ strength: 'strong', link: null });
    expect(m.itemKpi.get('g-cs-1')?.get('kpi:g-cs-1')?.strength).toBe('strong');
    expect(m.itemKpi.get('g-cs-1')?.get('kpi:o4')?.strength).toBe('none');
    expect(m.itemOwner.get('g-cs-1')?.get('owner:Amara Okafor')?.strength).toBe('strong');
  });

  it('flags unmet rows and columns from the gap report', () => {
    const gaps = {
      orphanedGoals: ['g-mkt-2'],
      uncoveredObjectives: [],
      findings: [{ kind: 'annual_serves_no_breakthrough', id: 'o5' }],
    } as unknown as GapReport;
    const m = buildXMatrix(plan, gaps);
    expect(m.goals.find((g) => g.id === 'g-mkt-2')?.gaps).toEqual(['orphaned_goal']);
    expect(m.goalObjective.get('g-mkt-2')?.get('o1')?.gap).toBe(true);
    expect(m.annualBreakthrough.get('o5')?.get('o1')?.gap).toBe(true);
    expect(m.annualBreakthrough.get('o3')?.get('o1')?.gap).toBe(false);
  });

  it('shows the department responsible for an objective in the owner columns and its KPI heading', () => {
    const d = plan.departments;
    const withResponsibility = {
      ...plan,
      objectives: plan.objectives.map((o) =>
        o.id === 'o1' ? { ...o, departmentId: d[0]!.id } : o.id === 'o3' ? { ...o, departmentId: d[1]!.id } : o,
      ),
      goals: plan.goals.map((g) => (g.id === 'g-cs-1' ? { ...g, supportingDepartmentIds: [d[1]!.id] } : g)),
    };
    const m = buildXMatrix(withResponsibility, null);
    // Departments first (plan order), then people.
    expect(m.owners.slice(0, 2)).toEqual([
      { id: `department:${d[0]!.id}`, name: d[0]!.name, department: true },
      { id: `department:${d[1]!.id}`, name: d[1]!.name, department: true },
    ]);
    expect(m.owners[2]!.id).toMatch(/^owner:/);
    // A breakthrough row is marked in its responsible department's column; a goal in its own (●) and its
    // supporting departments' (△).
    expect(m.itemOwner.get('o1')?.get(`department:${d[0]!.id}`)?.strength).toBe('strong');
    const cs1 = plan.goals.find((g) => g.id === 'g-cs-1')!;
    expect(m.itemOwner.get('g-cs-1')?.get(`department:${cs1.departmentId}`)?.strength).toBe('strong');
    expect(m.itemOwner.get('g-cs-1')?.get(`department:${d[1]!.id}`)?.strength).toBe(
      cs1.departmentId === d[1]!.id ? 'strong' : 'weak',
    );
    const o3 = m.kpis.find((k) => k.itemId === 'o3')!;
    expect(o3.department).toBe(d[1]!.name);
    expect(kpiHeading(o3)).toMatch(new RegExp(` · ${d[1]!.name}$`));
    // Without responsible departments the owner columns are the people alone, as before.
    expect(buildXMatrix(plan, null).owners.every((o) => o.id.startsWith('owner:'))).toBe(true);
  });

  it('writes an objective’s or goal’s weight after its title', () => {
    const weighted = {
      ...plan,
      objectives: plan.objectives.map((o) => (o.id === 'o3' ? { ...o, weight: 40 } : o)),
      goals: plan.goals.map((g) => (g.id === 'g-cs-1' ? { ...g, weight: 12.5 } : g)),
    };
    const m = buildXMatrix(weighted, null);
    const o3 = m.annuals.find((a) => a.id === 'o3')!;
    expect(weightedTitle(o3)).toBe(`${o3.title} · 40 %`);
    expect(weightedTitle(m.goals.find((g) => g.id === 'g-cs-1')!)).toMatch(/ · 12\.5 %$/);
    expect(weightedTitle(m.annuals.find((a) => a.id === 'o4')!)).toBe(m.annuals.find((a) => a.id === 'o4')!.title);
  });
});
