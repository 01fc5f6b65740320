/**
 * A deterministic large plan for benchmarks: 20 departments, 8 objectives, 2,000 goals, 20,000 tactics,
 * many-to-many links, and a sprinkling of gaps so the analysis has work to do.
 */
import type { PlanDocumentInput } from '../contract/plan-format.ts';

const STRENGTHS = ['strong', 'medium', 'weak'] as const;
const STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const;
const TAGS = ['VoC', 'NPS', 'CRM', 'CJM', 'FCR', 'CES', 'AI', 'UX'];

export interface LargePlanSize {
  departments: number;
  objectives: number;
  goals: number;
  tactics: number;
}

export const BENCH_SIZE: LargePlanSize = { departments: 20, objectives: 8, goals: 2000, tactics: 20000 };

export function largePlan(size: LargePlanSize = BENCH_SIZE): PlanDocumentInput {
  const departments = Array.from({ length: size.departments }, (_, d) => ({
    id: `d${d}`,
    name: `Department ${d + 1}`,
    head: `Head ${d + 1}`,
  }));
  const objectives = Array.from({ length: size.objectives }, (_, o) => ({
    id: `o${o}`,
    code: `O${o + 1}`,
    title: `Objective ${o + 1}: improve customer outcome ${o + 1}`,
    description: 'Generated for the benchmark.',
    horizon: o < 3 ? ('breakthrough' as const) : ('annual' as const),
    owner: `Executive ${o % 4}`,
    kpi: { name: `KPI ${o + 1}`, unit: '%', baseline: 10 + o, target: 20 + o, direction: 'increase' as const },
  }));
  const goals = Array.from({ length: size.goals }, (_, g) => ({
    id: `g${g}`,
    code: `G-${g + 1}`,
    departmentId: `d${g % size.departments}`,
    title: `Goal ${g + 1} of department ${(g % size.departments) + 1}`,
    description: null,
    owner: `Manager ${g % 300}`,
    kpi: null,
    // Every 97th goal serves nothing (orphan); the last objective is left uncovered.
    supports:
      g % 97 === 0
        ? []
        : [
            { objectiveId: `o${g % (size.objectives - 1)}`, strength: STRENGTHS[g % 3]! },
            ...(g % 5 === 0 ? [{ objectiveId: `o${(g + 1) % (size.objectives - 1)}`, strength: 'weak' as const }] : []),
          ],
  }));
  const tactics = Array.from({ length: size.tactics }, (_, t) => {
    const g = t % size.goals;
    return {
      id: `t${t}`,
      code: `G-${g + 1}.${Math.floor(t / size.goals) + 1}`,
      departmentId: `d${g % size.departments}`,
      title: `Tactic ${t + 1} carrying goal ${g + 1}`,
      description: null,
      owner: `Owner ${t % 2500}`,
      due: `2027-${String((t % 12) + 1).padStart(2, '0')}-15`,
      status: STATUSES[t % 5]!,
      tags: [TAGS[t % TAGS.length]!],
      supports:
        t % 211 === 0
          ? []
          : [
              { goalId: `g${g}`, strength: STRENGTHS[t % 3]! },
              ...(t % 7 === 0 ? [{ goalId: `g${(g + 1) % size.goals}`, strength: 'medium' as const }] : []),
            ],
    };
  });
  return {
    format: 'hoshin-plan',
    version: 1,
    plan: {
      id: 'bench',
      title: 'Benchmark plan',
      organisation: 'Bench Co',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    },
    departments,
    objectives,
    goals,
    tactics,
  };
}
