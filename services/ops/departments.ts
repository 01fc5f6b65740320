/** Departments: leadership's part, read only in a department draft. */
import type { Department } from '../../contract/plan-format.ts';
import type { DomainDeclarations } from './declaration.ts';
import { deleteEffect } from './delete-effect.ts';
import { defined, freshId, insertPosition, mustFind, reorder } from './support.ts';

const leadership = { leadership: 'Departments are' } as const;

export const departmentOps = {
  createDepartment: {
    draft: leadership,
    run: (ctx, input) => {
      const d: Department = { id: freshId(ctx, input.id), name: input.name, head: input.head ?? null };
      ctx.store.insertDepartment(d, insertPosition(ctx.store, 'department', input.afterId));
      return d;
    },
  },
  updateDepartment: {
    draft: leadership,
    run: ({ store }, input) => {
      const d = { ...mustFind(store.getDepartment(input.id), 'department', input.id), ...defined(input) };
      store.updateDepartment(d);
      return d;
    },
  },
  deleteDepartment: {
    draft: leadership,
    run: ({ store }, { id }) => {
      const effect = deleteEffect(store, 'department', id);
      store.deleteNotesOf([...effect.goals, ...effect.tactics]);
      store.deleteReviewOf(effect.goals);
      store.deleteRow('department', id);
      return effect;
    },
  },
  reorderDepartments: { draft: leadership, run: ({ store }, { ids }) => reorder(store, 'department', ids) },
} satisfies DomainDeclarations;
