import { useCallback, useState } from 'react';
import { toApiError } from '../api/index.ts';
import { useAppActions } from '../state/app-context.ts';
import { issuesByField, type FieldErrors } from './field-errors.ts';

/**
 * Runs a form's API call once at a time. Validation issues the form can place go next to their fields;
 * anything else (other errors, issues about no visible field) goes to the app's error banner.
 */
export function useFormSubmit<F extends string>(fields: readonly F[]) {
  const { reportError } = useAppActions();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [busy, setBusy] = useState(false);

  const submit = useCallback(
    async (run: () => Promise<void>) => {
      if (busy) return;
      setBusy(true);
      setErrors({});
      try {
        await run();
      } catch (err) {
        const error = toApiError(err);
        const { byField, rest } = issuesByField(error.issues, fields);
        setErrors(byField);
        if (rest.length > 0 || Object.keys(byField).length === 0) reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [busy, fields, reportError],
  );

  return { errors, busy, submit };
}
