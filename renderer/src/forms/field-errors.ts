import { toApiError } from '../api/index.ts';
import { plainRefusal } from '../domain/draft-lock.ts';
import { fieldIssueText } from '../i18n/service-text.ts';

/**
 * The sentence shown next to a field whose change the API refused: the validation issues' messages (prefixed with
 * their path when it is not the field's own), else the error's message.
 */
export function fieldMessage(error: unknown, ownPath: string): string {
  const e = toApiError(error);
  // A draft's read-only refusal reads as what to do instead (its code and internal wording never show).
  if (e.code === 'read_only') return plainRefusal(e.code, e.message, null);
  if (e.issues.length === 0) return e.message;
  return e.issues
    .map((i) =>
      i.path === ownPath || i.path === '$' ? fieldIssueText(i.message) : `${i.path}: ${fieldIssueText(i.message)}`,
    )
    .join('; ');
}

/** Whether the error is about the input (shown at the field) rather than the app (shown in the banner too). */
export const isValidationError = (error: unknown): boolean => toApiError(error).code === 'invalid_input';
