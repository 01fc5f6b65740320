/**
 * The two stores every operation runs on, behind one way of calling it: a `.hoshin` file (its session, as the
 * desktop app, web mode and the CLI use it) and a team plan on PostgreSQL (its plan host, as `team serve` does,
 * for a leader). Store-level tests run the same calls on both and expect the same answers.
 */
import path from 'node:path';
import type { Envelope, OperationInput, OperationName, OperationResult } from '../../contract/api.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { HoshinError } from '../../contract/errors.ts';
import { openPlan, writePlanFile } from '../../services/plan-files.ts';
import { TeamService } from '../../services/team/team-service.ts';
import type { PostgresCluster } from './postgres.ts';
import { memberWith } from './team-members.ts';
import { tempDir } from './temp.ts';

export interface OpenStore {
  call<N extends OperationName>(operation: N, input: OperationInput<N>): Promise<Envelope<OperationResult<N>>>;
  /** The value, or the test fails with the refusal's code and sentence. */
  value<N extends OperationName>(operation: N, input: OperationInput<N>): Promise<OperationResult<N>>;
  /** getPlan without what only one store has (a team plan's item versions). */
  plan(): Promise<PlanDocument>;
  close(): Promise<void>;
}

export interface StoreKind {
  name: string;
  open(doc: PlanDocument): Promise<OpenStore>;
}

function around(call: OpenStore['call'], close: () => Promise<void>): OpenStore {
  const value: OpenStore['value'] = async (operation, input) => {
    const envelope = await call(operation, input);
    if (!envelope.ok) throw new Error(`${operation}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value;
  };
  return {
    call,
    value,
    plan: async () => withoutVersions(await value('getPlan', {})),
    close,
  };
}

/** A plan file's session. */
export const fileStore: StoreKind = {
  name: 'a .hoshin file',
  async open(doc) {
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(file, doc);
    const session = openPlan(file, { today: () => '2027-01-15' });
    const call = (async (operation: OperationName, input: unknown) => {
      try {
        return { ok: true, value: session.dispatch(operation, input as never) };
      } catch (err) {
        if (err instanceof HoshinError) return { ok: false, error: err.toJSON() };
        throw err;
      }
    }) as OpenStore['call'];
    return around(call, async () => session.close());
  },
};

/** A team plan, published from the same document on a fresh database, called by a leader. */
export function teamStore(cluster: () => PostgresCluster): StoreKind {
  return {
    name: 'a team plan on PostgreSQL',
    async open(doc) {
      const url = await cluster().createDatabase();
      const team = await TeamService.connect(url);
      const file = path.join(tempDir(), 'plan.hoshin');
      writePlanFile(file, doc);
      const { planId } = await team.push(file);
      const leader = await memberWith(team, planId, 'leader@example.com', 'leader');
      const call = ((operation: OperationName, input: unknown) =>
        team.call(leader, planId, operation, input)) as OpenStore['call'];
      return around(call, () => team.close());
    },
  };
}

/** A team plan's getPlan carries each item's version; a file's does not. */
function withoutVersions(doc: PlanDocument): PlanDocument {
  const strip = <T extends object>(items: T[]) =>
    items.map((item) => {
      const { version: _version, ...rest } = item as T & { version?: number };
      return rest as T;
    });
  return {
    ...doc,
    departments: strip(doc.departments),
    objectives: strip(doc.objectives),
    goals: strip(doc.goals),
    tactics: strip(doc.tactics),
  };
}
