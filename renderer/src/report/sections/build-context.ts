import type { ReportOptions } from '../../../../contract/report.ts';
import type { PageFormat } from '../page-format.ts';
import type { PlanFacts } from '../report-data.ts';

export interface BuildContext {
  facts: PlanFacts;
  options: ReportOptions;
  /** Format of the body pages. */
  body: PageFormat;
  /** The content box of a page format, in CSS pixels. */
  box: (format: PageFormat) => { width: number; height: number };
}
