import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';

/** What every view receives; actions (mutate, select, report an error) come from AppActionsContext. */
export interface ViewProps {
  plan: PlanDocument;
  gaps: GapReport;
}
