/**
 * Team plans for service-level tests: a plan file published to a fresh database of the private cluster, and
 * members signed in with a role on it.
 */
import path from 'node:path';
import type { Envelope } from '../../contract/api.ts';
import type { Member } from '../../services/team/access.ts';
import { samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { TeamService } from '../../services/team/team-service.ts';
import type { PostgresCluster } from './postgres.ts';
import { tempDir } from './temp.ts';

export const PASSWORD = 'correct horse battery';

/** The sample plan published on a new database. */
export async function published(cluster: PostgresCluster): Promise<{ team: TeamService; url: string; planId: string }> {
  const url = await cluster.createDatabase();
  const team = await TeamService.connect(url);
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  const { planId } = await team.push(file);
  return { team, url, planId };
}

/** A new account with `role` on the plan, signed in. */
export async function memberWith(
  team: TeamService,
  planId: string,
  email: string,
  role: Member['role'],
  departments?: string[],
): Promise<Member> {
  await team.addUser({ email, name: email.split('@')[0], password: PASSWORD, role, planId, departments });
  const { token } = await team.login(email, PASSWORD);
  const user = (await team.signedIn(token))!;
  return team.member(user, planId);
}

/** The envelope's value; a refusal fails the test with its code and sentence. */
export function value<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}
