import { findingText, fixText, ruleText } from '../i18n/service-text.ts';
import type { ReportOptions } from '../../../contract/report.ts';
import { getLocale } from '../i18n/intl.ts';
import { catalogues } from '../i18n/messages/index.ts';
import type { Chapter } from './blocks.ts';
import { contentBox, type PageFormat } from './page-format.ts';
import type { PlanFacts } from './report-data.ts';
import { appendixChapter } from './sections/appendix.tsx';
import type { BuildContext } from './sections/build-context.ts';
import { contentsChapter } from './sections/contents.tsx';
import { correlationChapter } from './sections/correlation.tsx';
import { coverChapter } from './sections/cover.tsx';
import { departmentChapters } from './sections/departments.tsx';
import { gapsChapter } from './sections/gaps.tsx';
import { reviewChapter, reviewText } from './sections/review.tsx';
import { summaryChapter } from './sections/summary.tsx';
import { treeChapter } from './sections/tree.tsx';
import { visionChapter } from './sections/vision.tsx';
import { xmatrixChapter } from './sections/xmatrix.tsx';

export function bodyFormat(options: ReportOptions): PageFormat {
  return { paper: options.pageSize, landscape: options.landscape };
}

/** The chosen sections as chapters, in the report's fixed order; the contents list the chapters after them. */
export function buildChapters(facts: PlanFacts, options: ReportOptions): Chapter[] {
  const ctx: BuildContext = {
    facts,
    options,
    body: bodyFormat(options),
    box: (format) => contentBox(format, options.margins),
  };
  const on = (s: ReportOptions['sections'][number]) => options.sections.includes(s);
  const after: Chapter[] = [
    ...(on('vision') ? [visionChapter(ctx)] : []),
    ...(on('summary') ? [summaryChapter(ctx)] : []),
    ...(on('tree') ? treeChapter(ctx) : []),
    ...(on('correlation') ? [correlationChapter(ctx)] : []),
    ...(on('xmatrix') ? [xmatrixChapter(ctx)] : []),
    ...(on('departments') ? departmentChapters(ctx) : []),
    ...(on('review') ? [reviewChapter(ctx)] : []),
    ...(on('gaps') ? [gapsChapter(ctx)] : []),
    ...(on('appendix') ? [appendixChapter(ctx)] : []),
  ];
  return [
    ...(on('cover') ? [coverChapter(ctx)] : []),
    ...(on('contents') ? [contentsChapter(ctx, after)] : []),
    ...after,
  ];
}

/** Every string the report prints, so the fonts for all of its characters load before anything is measured. */
export function reportText(facts: PlanFacts): string {
  const { plan } = facts.data;
  const parts: string[] = [plan.plan.title, plan.plan.organisation ?? '', plan.plan.vision ?? ''];
  for (const d of plan.departments) parts.push(d.name, d.head ?? '');
  for (const x of [...plan.objectives, ...plan.goals, ...plan.tactics]) {
    parts.push(x.code, x.title, x.owner ?? '');
    if ('kpi' in x && x.kpi) parts.push(x.kpi.name, x.kpi.unit ?? '');
    if ('tags' in x) parts.push(...x.tags);
  }
  for (const f of facts.data.gaps.findings) parts.push(findingText(f), ruleText(f.kind, f.rule), fixText(f));
  parts.push(...reviewText(facts));
  // The report's own words in its language (Japanese headings need the CJK faces loaded before measuring).
  for (const [key, message] of Object.entries(catalogues[getLocale()])) {
    if (key.startsWith('rpt.') || key.startsWith('status.')) parts.push(message);
  }
  parts.push('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;!?()[]%/→–—’“”·…');
  return parts.join(' ');
}
