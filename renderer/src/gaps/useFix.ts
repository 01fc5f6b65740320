import { useState } from 'react';
import type { HoshinApi } from '../../../contract/api.ts';
import { toApiError } from '../api/index.ts';
import { plainRefusal } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';

/**
 * Runs one fix through the app's `mutate` (one undo step, then the plan and gaps reload). Errors stay in the
 * form that caused them, with the field they name, rather than in the app's banner.
 */
export function useFix(onDone: () => void) {
  const { mutate } = useAppActions();
  const draft = useDraft();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (change: (api: HoshinApi) => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await mutate(change);
      onDone();
    } catch (err) {
      const e = toApiError(err);
      if (e.code === 'read_only') setError(plainRefusal(e.code, e.message, draft));
      else setError(e.issues.length > 0 ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : e.message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
