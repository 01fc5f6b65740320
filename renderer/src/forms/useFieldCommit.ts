import { useState } from 'react';
import { useAppActions } from '../state/app-context.ts';
import { fieldMessage, isValidationError } from './field-errors.ts';

/**
 * Commits a field's value through `save`; keeps the API's refusal next to the field. Validation errors stay at the
 * field; anything else also reaches the app's error banner.
 */
export function useFieldCommit(path: string) {
  const { reportError } = useAppActions();
  const [error, setError] = useState<string | null>(null);
  const commit = async (save: () => Promise<unknown>): Promise<boolean> => {
    try {
      await save();
      setError(null);
      return true;
    } catch (err) {
      setError(fieldMessage(err, path));
      if (!isValidationError(err)) reportError(err);
      return false;
    }
  };
  return { error, setError, commit };
}
