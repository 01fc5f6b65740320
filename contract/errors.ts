/**
 * Errors every transport carries unchanged: a stable `code`, a sentence for a person, and for invalid input the
 * exact field paths (`goals[2].supports[0].objectiveId`) with the reason for each.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'read_only',
  'conflict',
  'exists',
  'not_a_plan',
  'foreign_file',
  'corrupt',
  'truncated',
  'too_new',
  'migration_failed',
  'io',
  'unauthorized',
  'internal',
  'locked',
  'busy',
  /** A team plan: the user's role does not allow the operation. */
  'forbidden',
  /** Too many failed sign-ins: wait and try again. */
  'rate_limited',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorIssue {
  /** JSON path of the offending value, `$` for the whole input. */
  path: string;
  message: string;
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

export class HoshinError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'HoshinError';
    this.code = code;
    this.issues = issues;
  }

  toJSON(): SerializedError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** `['goals', 2, 'supports', 0, 'goalId']` -> `goals[2].supports[0].goalId`; `[]` -> `$`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    // A key that is not a plain name (a stray `st{atus`, a space, a dot) is quoted, so the path stays readable.
    else if (!/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '$' : out;
}
