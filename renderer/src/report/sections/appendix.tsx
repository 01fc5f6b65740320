import type { Strength } from '../../../../contract/plan-format.ts';
import type { Chapter, TableRow } from '../blocks.ts';
import { formatTarget } from '../format.ts';
import { Owner, Supports } from '../marks.tsx';
import { byCode } from '../report-data.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock } from './headings.tsx';
import { t } from '../../i18n/intl.ts';

interface Entry {
  id: string;
  code: string;
  kind: string;
  /** A breakthrough objective supports nothing above it: its Supports cell stays empty. */
  breakthrough: boolean;
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
      kind: o.horizon === 'breakthrough' ? t('rpt.horizon.breakthrough') : t('rpt.horizon.annual'),
      breakthrough: o.horizon === 'breakthrough',
      title: o.title,
      department: '',
      owner: o.owner,
      links: o.supports.map((s) => ({ code: facts.codeOf(s.objectiveId), strength: s.strength })),
      detail: o.kpi ? t('rpt.kpiDetail', { kpi: o.kpi.name, target: formatTarget(o.kpi) }) : '',
    })),
    ...plan.goals.map((g) => ({
      id: g.id,
      code: g.code,
      kind: t('rpt.kind.goal'),
      breakthrough: false,
      title: g.title,
      department: dept(g.departmentId),
      owner: g.owner,
      links: g.supports.map((s) => ({ code: facts.codeOf(s.objectiveId), strength: s.strength })),
      detail: g.kpi ? t('rpt.kpiDetail', { kpi: g.kpi.name, target: formatTarget(g.kpi) }) : '',
    })),
    ...plan.tactics.map((x) => ({
      id: x.id,
      code: x.code,
      kind: t('rpt.kind.tactic'),
      breakthrough: false,
      title: x.title,
      department: dept(x.departmentId),
      owner: x.owner,
      links: x.supports.map((s) => ({ code: facts.codeOf(s.goalId), strength: s.strength })),
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
      e.breakthrough ? '' : <Supports links={e.links} />,
    ],
  }));
  return {
    id: 'appendix',
    section: 'appendix',
    title: t('rpt.appendix'),
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('appendix', t('rpt.appendix'), 1, t('rpt.appendix.kicker')),
      {
        kind: 'table',
        key: 'appendix:table',
        spaceBefore: 10,
        table: {
          label: t('rpt.appendix.table'),
          className: 'rpt-table--dense',
          columns: [
            { key: 'code', label: t('rpt.col.code'), width: '10%' },
            { key: 'kind', label: t('rpt.col.type'), width: '11%' },
            { key: 'title', label: t('rpt.col.title'), width: '39%' },
            { key: 'dept', label: t('rpt.col.department'), width: '14%' },
            { key: 'owner', label: t('rpt.col.owner'), width: '13%' },
            { key: 'links', label: t('rpt.col.supports'), width: '13%' },
          ],
          rows,
        },
      },
    ],
  };
}
