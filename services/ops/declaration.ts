/**
 * The server side of an operation, declared once in its domain module under `services/ops/`: its draft rule and
 * its handler (and, when the verb of OPERATION_META is not enough, how its undo label reads). Its name, zod
 * input and result type are the contract's (`contract/api.ts`); whether it reads or changes, its undo verb and
 * what it touches are OPERATION_META's (`contract/operation-meta.ts`). Dispatch derives everything else.
 */
import type { ApiResults, OperationName, ParsedInput } from '../../contract/api.ts';
import type { DescribedText } from '../../contract/text.ts';
import type { OpContext } from './context.ts';
import type { DraftRules } from '../catchball.ts';

/**
 * What a department draft allows: `open` (runs as in the master), `masterOnly` (refused in every draft, the
 * string starting the sentence: "Merging a draft"), `leadership` (leadership's part, read only: "Objectives are"),
 * or a check that throws when the input reaches beyond the department's own goals and tactics.
 */
export type DraftRule<K extends OperationName> =
  | 'open'
  | { masterOnly: string }
  | { leadership: string }
  | { check: (rules: DraftRules, input: ParsedInput<K>, ctx: OpContext) => void };

export interface OperationDeclaration<K extends OperationName> {
  draft: DraftRule<K>;
  /**
   * Runs inside the transaction dispatch opened, with input the contract's schema already validated, and what
   * `prepare` gave for that input when the transport ran it (undefined otherwise).
   */
  run: (ctx: OpContext, input: ParsedInput<K>, prepared?: unknown) => ApiResults[K];
  /**
   * Asynchronous work that cannot run inside a transaction (SQLite transactions here are synchronous): reading an
   * uploaded workbook. Transports await `prepareInput` before they dispatch and hand its value on; an operation
   * with a `prepare` must still run, or refuse in words, without it (the CLI and tests call dispatch directly).
   */
  prepare?: (input: ParsedInput<K>) => Promise<unknown>;
  /** The whole undo label, when "<verb> <code> '<title>'" does not fit. */
  describe?: (result: ApiResults[K], ctx: OpContext) => string | DescribedText;
  /**
   * The whole undo label, read before the change runs, when it depends on the state the change replaces ("Linked"
   * or "Changed link" is whether the link was there). Null falls back to `describe` and the verb.
   */
  describeBefore?: (ctx: OpContext, input: ParsedInput<K>) => string | DescribedText | null;
}

export type Declarations = { [K in OperationName]: OperationDeclaration<K> };

/** A domain module's table: any subset of the operations, each typed by its own name. */
export type DomainDeclarations = Partial<Declarations>;
