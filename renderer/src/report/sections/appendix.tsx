import type { Strength } from '../../../../contract/plan-format.ts';
import type { Chapter, TableRow } from '../blocks.ts';
import { formatTarget } from '../format.ts';
import { Owner, Supports } from '../marks.tsx';
import { byCode } from '../report-data.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock } from './headings.tsx';

interface Entry {
  id: string;
  code: string;
  kind: string;
  title: string;
  department: string;
  owner: string | null;
  links: { code: string; strength: Strength }[];
  detail: string;
}

/** Every item of the plan by code, for the reader looking one up. */
export function appendixChapter(ctx: BuildContext): Chapter {
  const { facts } = ctx;
  const { plan } = facts.data;
  const dept = (id: string) => facts.departments.get(id)?.name ?? '';
  const entries: Entry[] = [
    ...plan.objectives.map((o) => ({
      id: o.id,
      code: o.code,
      kind: o.horizon === 'breakthrough' ? 'Breakthrough' : 'Annual',
      title: o.title,
      department: '',
      owner: o.owner,
      links: o.supports.map((s) => ({ code: facts.codeOf(s.objectiveId), strength: s.strength })),
      detail: o.kpi ? `${o.kpi.name}: ${formatTarget(o.kpi)}` : '',
    })),
    ...plan.goals.map((g) => ({
      id: g.id,
      code: g.code,
      kind: 'Goal',
      title: g.title,
      department: dept(g.departmentId),
      owner: g.owner,
      links: g.supports.map((s) => ({ code: facts.codeOf(s.objectiveId), strength: s.strength })),
      detail: g.kpi ? `${g.kpi.name}: ${formatTarget(g.kpi)}` : '',
    })),
    ...plan.tactics.map((t) => ({
      id: t.id,
      code: t.code,
      kind: 'Tactic',
      title: t.title,
      department: dept(t.departmentId),
      owner: t.owner,
      links: t.supports.map((s) => ({ code: facts.codeOf(s.goalId), strength: s.strength })),
      // Tags stay out: one line per tactic keeps a long appendix short; the department sections carry the rest.
      detail: '',
    })),
  ].sort((a, b) => byCode(a.code, b.code));
  const rows: TableRow[] = entries.map((e) => ({
    key: e.id,
    cells: [
      <strong className="rpt-code">{e.code}</strong>,
      e.kind,
      <>
        {e.title}
        {e.detail ? <span className="rpt-cell-sub">{e.detail}</span> : null}
      </>,
      e.department,
      <Owner name={e.owner} />,
      e.kind === 'Breakthrough' ? '' : <Supports links={e.links} />,
    ],
  }));
  return {
    id: 'appendix',
    section: 'appendix',
    title: 'Appendix: every item by code',
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('appendix', 'Appendix: every item by code', 1, 'Reference'),
      {
        kind: 'table',
        key: 'appendix:table',
        spaceBefore: 10,
        table: {
          label: 'Every objective, goal and tactic by code',
          className: 'rpt-table--dense',
          columns: [
            { key: 'code', label: 'Code', width: '10%' },
            { key: 'kind', label: 'Type', width: '11%' },
            { key: 'title', label: 'Title', width: '39%' },
            { key: 'dept', label: 'Department', width: '14%' },
            { key: 'owner', label: 'Owner', width: '13%' },
            { key: 'links', label: 'Supports', width: '13%' },
          ],
          rows,
        },
      },
    ],
  };
}
