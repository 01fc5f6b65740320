/**
 * A plan shaped like a real company's X-matrix at a given size: breakthrough objectives, annual objectives each
 * serving a breakthrough and carrying a KPI, department goals (improvement priorities) serving annual
 * objectives, some with KPIs of their own, so the matrix has `annuals` west columns, `kpis` east KPI columns and
 * `priorities` north rows. Titles are realistic lengths, with weights on the annual objectives.
 */
import type { PlanDocumentInput } from '../../contract/plan-format.ts';

const STRENGTHS = ['strong', 'medium', 'weak'] as const;
const VERBS = ['Reduce', 'Raise', 'Shorten', 'Automate', 'Standardise', 'Expand', 'Halve', 'Certify'];
const THINGS = [
  'order-to-cash cycle time in the northern plants',
  'first-contact resolution of support tickets',
  'supplier on-time delivery for critical parts',
  'energy use per tonne of finished product',
  'share of revenue from services and subscriptions',
  'scrap and rework on the assembly lines',
  'onboarding time for new enterprise customers',
  'employee engagement in production teams',
];

export interface XMatrixPlanSize {
  breakthroughs: number;
  annuals: number;
  priorities: number;
  /** KPI columns in all: every annual objective's and breakthrough's, then goals' until the count is reached. */
  kpis: number;
  departments: number;
}

export function xmatrixPlan(size: XMatrixPlanSize): PlanDocumentInput {
  const departments = Array.from({ length: size.departments }, (_, d) => ({
    id: `d${d}`,
    name: `Department ${d + 1}`,
    head: `Head of department ${d + 1}`,
  }));
  let kpisLeft = size.kpis;
  const kpi = (n: number) => {
    if (kpisLeft <= 0) return null;
    kpisLeft -= 1;
    return {
      name: `KPI ${n}: ${THINGS[n % THINGS.length]!.split(' ').slice(0, 3).join(' ')}`,
      unit: '%',
      baseline: 40 + (n % 9),
      target: 60 + (n % 13),
      direction: 'increase' as const,
    };
  };
  const title = (n: number) => `${VERBS[n % VERBS.length]} ${THINGS[(n * 3) % THINGS.length]}`;
  const breakthroughs = Array.from({ length: size.breakthroughs }, (_, b) => ({
    id: `b${b}`,
    code: `B${b + 1}`,
    title: `Become the reference supplier: ${title(b + 11)}`,
    description: null,
    horizon: 'breakthrough' as const,
    owner: `Executive ${(b % 4) + 1}`,
    departmentId: `d${b % size.departments}`,
    kpi: kpi(b + 1),
  }));
  const weight = Math.floor(100 / Math.max(1, size.annuals));
  const annuals = Array.from({ length: size.annuals }, (_, a) => ({
    id: `a${a}`,
    code: `A${a + 1}`,
    title: title(a),
    description: null,
    horizon: 'annual' as const,
    owner: `Director ${(a % 7) + 1}`,
    departmentId: `d${a % size.departments}`,
    weight,
    kpi: kpi(size.breakthroughs + a + 1),
    supports: [{ objectiveId: `b${a % Math.max(1, size.breakthroughs)}`, strength: STRENGTHS[a % 3]! }],
  }));
  const goals = Array.from({ length: size.priorities }, (_, g) => ({
    id: `g${g}`,
    code: `P-${g + 1}`,
    departmentId: `d${g % size.departments}`,
    title: `${title(g + 5)} (priority ${g + 1})`,
    description: null,
    owner: `Manager ${(g % 9) + 1}`,
    kpi: kpi(size.breakthroughs + size.annuals + g + 1),
    supports: [
      { objectiveId: `a${g % Math.max(1, size.annuals)}`, strength: STRENGTHS[g % 3]! },
      ...(size.annuals > 1 ? [{ objectiveId: `a${(g + 7) % size.annuals}`, strength: 'weak' as const }] : []),
    ],
  }));
  return {
    format: 'hoshin-plan',
    version: 1,
    plan: {
      id: 'xmatrix-size',
      title: 'Northwind Manufacturing 2027',
      organisation: 'Northwind',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    },
    departments,
    objectives: [...breakthroughs, ...annuals],
    goals,
    tactics: [],
  };
}
