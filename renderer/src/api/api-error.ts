import type { ErrorCode, ErrorIssue } from '../../../contract/errors.ts';

/** `transport`: the request never produced an envelope (network down, server crashed, not JSON). */
export type ApiErrorCode = ErrorCode | 'transport';

/** An operation's failure as the renderer sees it, whichever transport carried it. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: readonly ErrorIssue[];
  /** A team plan's refused stale change: sends it again, over the other person's (none otherwise). */
  reapply: (() => Promise<unknown>) | null = null;

  constructor(code: ApiErrorCode, message: string, issues: readonly ErrorIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

/** Anything thrown becomes an ApiError, so the UI has one shape to show. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError('internal', message);
}
