/**
 * The single entry point every transport calls: look the operation up, validate the raw payload with its zod
 * schema, apply its draft rule, run its handler inside one transaction. Reads run as they are; changes are
 * recorded as one undo step each, labelled from what they made or changed; undo and redo move along the
 * history. All of it is derived from the contract, OPERATION_META and the declarations in `services/ops/`.
 * Anything thrown that is not a HoshinError becomes 'internal' (its details are logged by the transport, not
 * shown to the user as if they were meaningful).
 */
import { operations, type OperationName, type OperationResult, type ParsedInput } from '../contract/api.ts';
import { HoshinError } from '../contract/errors.ts';
import { isMetaOperation, OPERATION_META } from '../contract/operation-meta.ts';
import { invalidInput, zodIssues } from '../core/plan-json.ts';
import { PLAN_TABLES, type PlanStore } from '../db/plan-store.ts';
import { UndoLog } from '../db/undo-log.ts';
import { DraftRules } from './catchball.ts';
import { asDescribed, changeLabel } from './change-labels.ts';
import { createContext, type HandlerOptions, type OpContext } from './ops/context.ts';
import type { OperationDeclaration } from './ops/declaration.ts';
import { DECLARATIONS } from './ops/index.ts';

export type { HandlerOptions } from './ops/context.ts';

/** `prepared`: what the operation's `prepare` gave for this input (see `prepareInput`), when it has one. */
export type Dispatch = <K extends OperationName>(
  operation: K,
  input: unknown,
  prepared?: unknown,
) => OperationResult<K>;

/** A name the contract, the metadata table and the declarations all know (the HTTP routes and IPC allow-list). */
export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name) && isMetaOperation(name) && Object.hasOwn(DECLARATIONS, name);
}

/** Whether the operation has asynchronous work to do before it is dispatched (`prepareInput`). */
export function needsPreparation(name: OperationName): boolean {
  return (DECLARATIONS[name] as OperationDeclaration<OperationName>).prepare !== undefined;
}

/**
 * The operation's asynchronous preparation (reading an uploaded workbook), run by a transport before dispatch
 * with the same raw input; dispatch validates that input again, so this only reads what the schema allows.
 * Undefined for an operation without one.
 */
export async function prepareInput(name: OperationName, input: unknown): Promise<unknown> {
  const declaration = DECLARATIONS[name] as unknown as OperationDeclaration<OperationName>;
  if (!declaration.prepare) return undefined;
  const parsed = operations[name].input.safeParse(input);
  if (!parsed.success) throw invalidInput(`invalid input for ${name}`, zodIssues(parsed.error));
  return declaration.prepare(parsed.data as ParsedInput<OperationName>);
}

/** Refuses, before the handler runs, what a department draft may not do. */
function checkDraft<K extends OperationName>(
  declaration: OperationDeclaration<K>,
  rules: DraftRules,
  input: ParsedInput<K>,
  ctx: OpContext,
): void {
  const rule = declaration.draft;
  if (rule === 'open') return;
  if ('masterOnly' in rule) {
    throw new HoshinError(
      'read_only',
      `${rule.masterOnly} happens in the master plan, not in a department draft: open the master plan to do it.`,
    );
  }
  if ('leadership' in rule) rules.leadershipOnly(rule.leadership);
  else rule.check(rules, input, ctx);
}

/**
 * Who may run what, checked before the handler runs and inside its transaction (a team plan's roles,
 * services/team/access.ts). `asDepartment(id)` applies a department draft's rules for that department: it
 * throws the draft's refusal where the operation reaches beyond the department.
 */
export type AccessGuard = (
  operation: OperationName,
  input: unknown,
  asDepartment: (departmentId: string) => void,
) => void;

export interface DispatchOptions extends HandlerOptions {
  /** Asked on every call (a team plan serves many people through one dispatch). */
  guard?: () => AccessGuard | null;
}

export function createDispatch(store: PlanStore, options: DispatchOptions = {}): Dispatch {
  const history = new UndoLog(store.sqlite, PLAN_TABLES);
  const ctx = createContext(store, history, options);
  const rules = ctx.draftBlock ? new DraftRules(store, ctx.draftBlock.departmentId) : null;
  return <K extends OperationName>(operation: K, input: unknown, prepared?: unknown): OperationResult<K> => {
    if (!isOperationName(operation)) throw new HoshinError('not_found', `unknown operation "${String(operation)}"`);
    const parsed = operations[operation].input.safeParse(input);
    if (!parsed.success) throw invalidInput(`invalid input for ${operation}`, zodIssues(parsed.error));
    const data = parsed.data as ParsedInput<K>;
    const declaration = DECLARATIONS[operation] as unknown as OperationDeclaration<K>;
    const meta = OPERATION_META[operation];
    const run = () => {
      if (rules) checkDraft(declaration, rules, data, ctx);
      options.guard?.()?.(operation, data, (departmentId) =>
        checkDraft(declaration, new DraftRules(store, departmentId), data, ctx),
      );
      return declaration.run(ctx, data, prepared);
    };
    if (meta.kind !== 'change') return store.transaction(run);
    // Every change is one transaction and one undo step, labelled from what it made or changed.
    return store.transaction(() => {
      const before = declaration.describeBefore?.(ctx, data) ?? null;
      return history.record(run, (result) =>
        asDescribed(before ?? declaration.describe?.(result, ctx) ?? changeLabel(operation, meta.label, result)),
      );
    });
  };
}
