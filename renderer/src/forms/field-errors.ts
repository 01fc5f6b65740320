import type { ErrorIssue } from '../../../contract/errors.ts';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Sorts an operation's issues onto the form's fields by the first segment of their path
 * (`supports[0].objectiveId` -> `supports`); issues no field shows (`$`, `afterId`) are returned as `rest`.
 */
export function issuesByField<F extends string>(
  issues: readonly ErrorIssue[],
  fields: readonly F[],
): { byField: FieldErrors<F>; rest: ErrorIssue[] } {
  const byField: FieldErrors<F> = {};
  const rest: ErrorIssue[] = [];
  for (const issue of issues) {
    const head = issue.path.split(/[.[]/)[0] ?? '';
    const field = fields.find((f) => f === head);
    if (field === undefined) rest.push(issue);
    else byField[field] = byField[field] ? `${byField[field]}; ${issue.message}` : issue.message;
  }
  return { byField, rest };
}
