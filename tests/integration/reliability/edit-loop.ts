/**
 * Child process of the kill -9 harness: opens a plan through the service layer and creates objectives in a
 * loop, printing each one's id only once its transaction has committed (stdout to a pipe is synchronous on
 * Linux, so a printed id is an acknowledged change). Runs until killed. Usage: node edit-loop.ts <file> <mode>,
 * mode `create` (createObjective), `update` (updateObjective on o-kill, printing the title it set) or `hold`
 * (keep the plan open for writing and do nothing, as an idle app window or server would).
 */
import { openPlan } from '../../../services/plan-files.ts';

const [file, mode = 'create'] = process.argv.slice(2);
if (!file) throw new Error('usage: edit-loop.ts <file> [mode]');
const session = openPlan(file);
process.stdout.write('ready\n');
if (mode === 'hold') setInterval(() => {}, 60_000);
else
  for (let n = 0; ; n++) {
    if (mode === 'update') {
      const title = `title ${process.pid}-${n}`;
      session.dispatch('updateObjective', { id: 'o-kill', title });
      process.stdout.write(`${title}\n`);
    } else {
      const created = session.dispatch('createObjective', { title: `objective ${process.pid}-${n}` });
      process.stdout.write(`${created.id}\n`);
    }
  }
