/**
 * The single entry point every transport calls: look the operation up, validate the raw payload with its zod
 * schema, run the handler inside one transaction. Anything thrown that is not a HoshinError becomes 'internal'
 * (its details are logged by the transport, not shown to the user as if they were meaningful).
 */
import { operations, READ_ONLY_OPERATIONS, type OperationName, type OperationResult } from '../contract/api.ts';
import { HoshinError } from '../contract/errors.ts';
import { invalidInput, zodIssues } from '../core/plan-json.ts';
import { PLAN_TABLES, type PlanStore } from '../db/plan-store.ts';
import { UndoLog } from '../db/undo-log.ts';
import { changeLabel, linkChangeLabel } from './change-labels.ts';
import { createHandlers, type HandlerOptions, type Handlers } from './handlers.ts';

export type Dispatch = <K extends OperationName>(operation: K, input: unknown) => OperationResult<K>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

const readOnly = new Set<OperationName>(READ_ONLY_OPERATIONS);

export function createDispatch(store: PlanStore, options: HandlerOptions = {}): Dispatch {
  const history = new UndoLog(store.sqlite, PLAN_TABLES);
  const handlers: Handlers = createHandlers(store, history, options);
  return <K extends OperationName>(operation: K, input: unknown): OperationResult<K> => {
    if (!isOperationName(operation)) throw new HoshinError('not_found', `unknown operation "${String(operation)}"`);
    const parsed = operations[operation].input.safeParse(input);
    if (!parsed.success) throw invalidInput(`invalid input for ${operation}`, zodIssues(parsed.error));
    const handler = handlers[operation] as (input: unknown) => OperationResult<K>;
    if (readOnly.has(operation) || operation === 'undo' || operation === 'redo') {
      return store.transaction(() => handler(parsed.data));
    }
    // Every change is one transaction and one undo step, labelled from what it made or changed (a link's label
    // needs the state before the change: whether the link was there).
    return store.transaction(() => {
      const linkLabel = linkChangeLabel(store, operation, parsed.data);
      return history.record(
        () => handler(parsed.data),
        (result) => linkLabel ?? changeLabel(operation, result),
      );
    });
  };
}
