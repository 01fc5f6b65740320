/**
 * People: owners and department heads are plain names on the items, so renaming a person (a typo fixed, a
 * married name) rewrites every place the name stands, in one transaction and so one undo step.
 */
import { textMessage } from '../../contract/text.ts';
import type { RenamePersonResult } from '../../contract/api.ts';
import type { DomainDeclarations } from './declaration.ts';
import { invalid } from './support.ts';

export const peopleOps = {
  renamePerson: {
    // The name stands in other departments' items too: a department draft cannot reach them.
    draft: { masterOnly: 'Renaming a person everywhere' },
    run: ({ store }, { from, to }): RenamePersonResult => {
      if (from === to) throw invalid('to', `is the same name as now ("${from}"): type the new name`);
      const changed = store.renamePerson(from, to);
      const count = Object.values(changed).reduce((n, ids) => n + ids.length, 0);
      if (count === 0) {
        const differsInCase = from.toLocaleLowerCase() === to.toLocaleLowerCase();
        throw invalid(
          differsInCase ? 'to' : 'from',
          differsInCase ? `already reads "${to}" everywhere` : `nobody in this plan is named "${from}"`,
        );
      }
      return {
        from,
        to,
        departments: changed.department,
        objectives: changed.objective,
        goals: changed.goal,
        tactics: changed.tactic,
        countermeasures: changed.countermeasure,
        count,
      };
    },
    describe: (r) => ({
      text: `Renamed ${r.from} to ${r.to} (${r.count === 1 ? '1 place' : `${r.count} places`})`,
      message: textMessage('undo.renamePerson', { from: r.from, to: r.to, count: r.count }),
    }),
  },
} satisfies DomainDeclarations;
