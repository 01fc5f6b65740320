/**
 * Objectives, goals and tactics: adding, editing, deleting, reordering, converting between kinds, and what a
 * delete would take with it. In a department draft objectives are leadership's; goals and tactics only its own.
 */
import { textMessage } from '../../contract/text.ts';
import type { CreateInNewDepartmentResult } from '../../contract/api.ts';
import type { Department, Goal, Objective, Tactic } from '../../contract/plan-format.ts';
import { departmentPrefix, nextCode } from '../../core/codes.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import { convertItem } from './convert.ts';
import type { DomainDeclarations } from './declaration.ts';
import { deleteEffect } from './delete-effect.ts';
import { renumberItem } from './renumber.ts';
import {
  checkGoals,
  checkObjectives,
  defined,
  department,
  freshId,
  insertPosition,
  invalid,
  mustFind,
  reorder,
} from './support.ts';

const objectives = { leadership: 'Objectives are' } as const;

export const itemOps = {
  createObjective: {
    draft: objectives,
    run: (ctx, input) => {
      const { store } = ctx;
      const o: Objective = {
        id: freshId(ctx, input.id),
        code: input.code ?? nextCode('O', store.codes('objective')),
        title: input.title,
        description: input.description ?? null,
        horizon: input.horizon ?? 'annual',
        owner: input.owner ?? null,
        kpi: input.kpi ?? null,
        supports: [],
        ...(typeof input.weight === 'number' ? { weight: input.weight } : {}),
        ...(input.departmentId ? { departmentId: department(store, input.departmentId).id } : {}),
      };
      store.insertObjective(o, insertPosition(store, 'objective', input.afterId));
      return o;
    },
  },
  updateObjective: {
    draft: objectives,
    run: ({ store }, input) => {
      const current = mustFind(store.getObjective(input.id), 'objective', input.id);
      if (input.departmentId) department(store, input.departmentId);
      const o = { ...current, ...defined(input) };
      if (o.horizon !== current.horizon) {
        // Annual -> breakthrough links only fit the horizons they were made for.
        for (const l of store.objectiveLinksOf([o.id])) store.removeObjectiveLink(l.annualId, l.breakthroughId);
        o.supports = [];
      }
      store.updateObjective(o);
      return o;
    },
  },
  deleteObjective: {
    draft: objectives,
    run: ({ store }, { id }) => {
      const effect = deleteEffect(store, 'objective', id);
      store.deleteNotesOf([id]);
      store.deleteReviewOf([id]);
      store.deleteRow('objective', id);
      return effect;
    },
  },
  reorderObjectives: { draft: objectives, run: ({ store }, { ids }) => reorder(store, 'objective', ids) },

  createGoal: {
    draft: { check: (rules, input) => rules.ownDepartment(input.departmentId, 'new') },
    run: (ctx, input) => {
      const { store } = ctx;
      const d = department(store, input.departmentId);
      const supports = input.supports ?? [];
      checkObjectives(store, supports);
      const g: Goal = {
        id: freshId(ctx, input.id),
        code: input.code ?? nextCode(`${departmentPrefix(d.name)}-`, store.codes('goal')),
        departmentId: d.id,
        title: input.title,
        description: input.description ?? null,
        owner: input.owner ?? null,
        kpi: input.kpi ?? null,
        supports,
        ...(typeof input.weight === 'number' ? { weight: input.weight } : {}),
        ...supportingOf(store, d.id, input.supportingDepartmentIds),
      };
      store.insertGoal(g, insertPosition(store, 'goal', input.afterId));
      return g;
    },
  },
  updateGoal: {
    draft: {
      check: (rules, input) => {
        rules.ownGoal(input.id);
        if (input.departmentId !== undefined) rules.ownDepartment(input.departmentId, 'move');
      },
    },
    run: ({ store }, input) => {
      const current = mustFind(store.getGoal(input.id), 'goal', input.id);
      if (input.departmentId !== undefined) department(store, input.departmentId);
      const { supportingDepartmentIds, ...rest } = defined(input);
      const g: Goal = { ...current, ...rest };
      // Its own department is never also a supporting one (a goal moved into a supporting department drops it).
      const supporting = supportingOf(store, g.departmentId, supportingDepartmentIds, current.supportingDepartmentIds);
      delete g.supportingDepartmentIds;
      Object.assign(g, supporting);
      store.updateGoal(g);
      return g;
    },
  },
  setWeights: {
    // Objectives' weights are leadership's; a draft sets its own goals' only.
    draft: {
      check: (rules, input) =>
        input.weights.forEach((w) =>
          w.kind === 'objective' ? rules.leadershipOnly('Objectives are') : rules.ownGoal(w.id),
        ),
    },
    run: ({ store }, { weights }) => {
      let changed = 0;
      const seen = new Set<string>();
      weights.forEach((w, i) => {
        if (seen.has(w.id)) throw invalid(`weights[${i}].id`, `"${w.id}" is listed twice`);
        seen.add(w.id);
        const current =
          w.kind === 'objective' ? store.getObjective(w.id) : (store.getGoal(w.id) as Objective | Goal | undefined);
        if (!current) throw invalid(`weights[${i}].id`, `no ${w.kind} has id "${w.id}"`);
        if ((current.weight ?? null) === w.weight) return;
        changed += 1;
        if (w.kind === 'objective') store.updateObjective({ ...(current as Objective), weight: w.weight });
        else store.updateGoal({ ...(current as Goal), weight: w.weight });
      });
      return { changed };
    },
    describe: ({ changed }) => ({
      text: `Set ${changed} weight${changed === 1 ? '' : 's'}`,
      message: textMessage('undo.setWeights', { count: changed }),
    }),
  },
  deleteGoal: {
    draft: { check: (rules, input) => rules.ownGoal(input.id) },
    run: ({ store }, { id }) => {
      const effect = deleteEffect(store, 'goal', id);
      store.deleteNotesOf([id]);
      store.deleteReviewOf([id]);
      store.deleteRow('goal', id);
      return effect;
    },
  },
  reorderGoals: {
    draft: { check: (rules, input) => input.ids.forEach((id) => rules.ownGoal(id)) },
    run: ({ store }, { ids }) => reorder(store, 'goal', ids),
  },

  createTactic: {
    draft: { check: (rules, input) => rules.ownDepartment(input.departmentId, 'new') },
    run: (ctx, input) => {
      const { store } = ctx;
      const d = department(store, input.departmentId);
      const supports = input.supports ?? [];
      checkGoals(store, supports);
      const parent = supports[0] ? store.getGoal(supports[0].goalId) : undefined;
      const t: Tactic = {
        id: freshId(ctx, input.id),
        code:
          input.code ??
          (parent
            ? nextCode(`${parent.code}.`, store.codes('tactic'))
            : nextCode(`${departmentPrefix(d.name)}-T`, store.codes('tactic'))),
        departmentId: d.id,
        title: input.title,
        description: input.description ?? null,
        owner: input.owner ?? null,
        due: input.due ?? null,
        status: input.status ?? 'not_started',
        tags: input.tags ?? [],
        supports,
      };
      store.insertTactic(t, insertPosition(store, 'tactic', input.afterId));
      return t;
    },
  },
  createInNewDepartment: {
    // Departments are leadership's: a department draft adds to its own department only.
    draft: { leadership: 'Departments are' },
    run: (ctx, input): CreateInNewDepartmentResult => {
      const department: Department = {
        id: freshId(ctx, input.department.id),
        name: input.department.name,
        head: input.department.head ?? null,
      };
      ctx.store.insertDepartment(department, insertPosition(ctx.store, 'department', undefined));
      // The same rules as createGoal / createTactic, in the same transaction: one undo step takes both back.
      if (input.kind === 'goal') {
        return {
          kind: 'goal',
          department,
          item: itemOps.createGoal.run(ctx, { ...input.item, departmentId: department.id }),
        };
      }
      return {
        kind: 'tactic',
        department,
        item: itemOps.createTactic.run(ctx, { ...input.item, departmentId: department.id }),
      };
    },
    describe: (r) => ({
      text: `Add ${r.kind} ${r.item.code} '${r.item.title}' in the new department ${r.department.name}`,
      message: textMessage('undo.createInNewDepartment', {
        kind: r.kind,
        code: r.item.code,
        title: r.item.title,
        department: r.department.name,
      }),
    }),
  },
  updateTactic: {
    draft: {
      check: (rules, input) => {
        rules.ownTactic(input.id);
        if (input.departmentId !== undefined) rules.ownDepartment(input.departmentId, 'move');
      },
    },
    run: ({ store }, input) => {
      const current = mustFind(store.getTactic(input.id), 'tactic', input.id);
      if (input.departmentId !== undefined) department(store, input.departmentId);
      const t = { ...current, ...defined(input) };
      store.updateTactic(t);
      return t;
    },
  },
  deleteTactic: {
    draft: { check: (rules, input) => rules.ownTactic(input.id) },
    run: ({ store }, { id }) => {
      const effect = deleteEffect(store, 'tactic', id);
      store.deleteNotesOf([id]);
      store.deleteRow('tactic', id);
      return effect;
    },
  },
  reorderTactics: {
    draft: { check: (rules, input) => input.ids.forEach((id) => rules.ownTactic(id)) },
    run: ({ store }, { ids }) => reorder(store, 'tactic', ids),
  },

  previewDelete: { draft: 'open', run: ({ store }, { kind, id }) => deleteEffect(store, kind, id) },
  convertItem: {
    draft: {
      check: (rules, input, { store }) => {
        if (store.getObjective(input.id) || input.to === 'objective') rules.leadershipOnly('Objectives are');
        rules.ownGoal(input.id);
        rules.ownTactic(input.id);
        if (input.departmentId !== undefined) rules.ownDepartment(input.departmentId, 'move');
      },
    },
    run: ({ store }, input) => convertItem(store, input),
    describe: ({ kind, item }) => ({
      text: `Make ${item.code} '${item.title}' a${kind === 'objective' ? 'n' : ''} ${kind}`,
      message: textMessage('undo.convertItem', { kind, code: item.code, title: item.title }),
    }),
  },
  renumberItem: {
    draft: {
      check: (rules, input) => {
        rules.ownGoal(input.id);
        rules.ownTactic(input.id);
      },
    },
    run: ({ store }, { id }) => renumberItem(store, id),
    describe: ({ summary, renamed }) => ({
      text: summary,
      message: textMessage('undo.renumberItem', {
        from: renamed[0]?.from ?? '',
        to: renamed[0]?.to ?? '',
        more: Math.max(0, renamed.length - 1),
      }),
    }),
  },
} satisfies DomainDeclarations;

/**
 * A goal's supporting departments, checked: each names a department, none twice; `given` undefined keeps
 * `current`. The goal's own department is refused when given, and dropped from a kept list (the goal moved).
 */
function supportingOf(
  store: PlanStore,
  ownId: string,
  given: readonly string[] | undefined,
  current: readonly string[] | null | undefined = [],
): { supportingDepartmentIds?: string[] } {
  if (given === undefined) {
    const kept = (current ?? []).filter((d) => d !== ownId);
    return kept.length > 0 ? { supportingDepartmentIds: kept } : {};
  }
  const seen = new Set<string>();
  given.forEach((id, i) => {
    const path = `supportingDepartmentIds[${i}]`;
    const d = department(store, id, path);
    if (id === ownId) throw invalid(path, `${d.name} is the goal's own department, not a supporting one`);
    if (seen.has(id)) throw invalid(path, `${d.name} is listed twice`);
    seen.add(id);
  });
  return given.length > 0 ? { supportingDepartmentIds: [...given] } : {};
}
