/**
 * The operations' behaviour. Handlers receive input already validated by the contract's zod schemas and run
 * inside one transaction opened by the dispatcher; they enforce the rules a schema cannot see (references
 * exist, ids are unique plan-wide) and throw HoshinError('invalid_input') naming the field.
 */
import { randomUUID } from 'node:crypto';
import type { ApiResults, DeleteEffect, LinkKind, OperationName, ParsedInput } from '../contract/api.ts';
import { HoshinError } from '../contract/errors.ts';
import type {
  Countermeasure,
  Department,
  Goal,
  Note,
  Objective,
  PlanDocument,
  Strength,
  Tactic,
  TacticUpdate,
} from '../contract/plan-format.ts';
import { diffDraft, draftOf } from '../core/draft-diff.ts';
import { baseHash, resolveDepartment, trustedDraftBlock } from '../core/draft-issue.ts';
import { analyzeGaps } from '../core/gaps.ts';
import { periodMonths, reviewRows } from '../core/review.ts';
import { departmentPrefix, nextCode } from '../core/codes.ts';
import type { PlanStore, SortedTable } from '../db/plan-store.ts';
import type { UndoLog } from '../db/undo-log.ts';
import { applyChangeSet, draftStatus, DraftRules } from './catchball.ts';

export type Handlers = { [K in OperationName]: (input: ParsedInput<K>) => ApiResults[K] };

export interface HandlerOptions {
  /** Today's date (YYYY-MM-DD) for overdue findings; injectable so tests are deterministic. */
  today?: () => string;
  newId?: () => string;
  /** The open file's name, for getDocumentInfo. */
  fileName?: string;
}

const invalid = (path: string, message: string) =>
  new HoshinError('invalid_input', `${path}: ${message}`, [{ path, message }]);

export function createHandlers(store: PlanStore, history: UndoLog, options: HandlerOptions = {}): Handlers {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  // A department draft never changes what it is, so its rules are read once.
  const draftBlock = store.draftBlock();
  const rules = draftBlock ? new DraftRules(store, draftBlock.departmentId) : null;
  const masterOnly = (what: string) => {
    if (draftBlock)
      throw new HoshinError(
        'read_only',
        `${what} happens in the master plan, not in a department draft: open the master plan to do it.`,
      );
  };
  const newId = options.newId ?? (() => randomUUID());
  const fileName = options.fileName ?? 'this plan';
  /** The change set of a draft, judged by this plan's own record of issuing it, never by the draft's claims. */
  const trustedDiff = (draft: PlanDocument) => {
    const master = store.loadDocument();
    const block = draftOf(draft);
    const trusted = trustedDraftBlock(master, block, store.draftIssue(block.id), fileName);
    return diffDraft(master, { ...draft, draft: trusted });
  };

  const freshId = (given: string | undefined): string => {
    if (given === undefined) return newId();
    if (store.idTaken(given)) throw invalid('id', `"${given}" is already used by another item`);
    return given;
  };
  const department = (id: string, path = 'departmentId'): Department => {
    const d = store.getDepartment(id);
    if (!d) throw invalid(path, `no department has id "${id}"`);
    return d;
  };
  const mustFind = <T>(value: T | undefined, kind: string, id: string): T => {
    if (value === undefined)
      throw new HoshinError('not_found', `no ${kind} has id "${id}"`, [
        { path: 'id', message: `no ${kind} has id "${id}"` },
      ]);
    return value;
  };
  const checkObjectives = (supports: readonly { objectiveId: string }[]) => {
    const seen = new Set<string>();
    supports.forEach((s, i) => {
      if (!store.getObjective(s.objectiveId))
        throw invalid(`supports[${i}].objectiveId`, `no objective has id "${s.objectiveId}"`);
      if (seen.has(s.objectiveId))
        throw invalid(`supports[${i}].objectiveId`, `objective "${s.objectiveId}" is listed twice`);
      seen.add(s.objectiveId);
    });
  };
  const checkGoals = (supports: readonly { goalId: string }[]) => {
    const seen = new Set<string>();
    supports.forEach((s, i) => {
      if (!store.getGoal(s.goalId)) throw invalid(`supports[${i}].goalId`, `no goal has id "${s.goalId}"`);
      if (seen.has(s.goalId)) throw invalid(`supports[${i}].goalId`, `goal "${s.goalId}" is listed twice`);
      seen.add(s.goalId);
    });
  };

  /** Sort position for a new row: after `afterId` (null: first), or at the end when omitted. */
  const insertPosition = (table: SortedTable, afterId: string | null | undefined): number => {
    if (afterId === undefined) return store.nextSortOrder(table);
    if (afterId === null) return store.firstSortOrder(table) - 1;
    const after = store.sortOrderOf(table, afterId);
    if (after === undefined) throw invalid('afterId', `no ${table} has id "${afterId}"`);
    store.openSortGap(table, after);
    return after + 1;
  };

  const reorder = (table: SortedTable, ids: readonly string[]): string[] => {
    const all = store.orderedIds(table);
    const position = new Map(all.map((id, i) => [id, i]));
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!position.has(id)) throw invalid(`ids[${i}]`, `no ${table} has id "${id}"`);
      if (seen.has(id)) throw invalid(`ids[${i}]`, `"${id}" is listed twice`);
      seen.add(id);
    });
    // The listed items trade places among the slots they already hold; everything else stays put.
    const slots = ids.map((id) => position.get(id)!).sort((a, b) => a - b);
    const next = [...all];
    slots.forEach((slot, i) => (next[slot] = ids[i]!));
    store.setOrder(table, next);
    return next;
  };

  const deleteEffect = (kind: DeleteEffect['kind'], id: string): DeleteEffect => {
    let goals: string[] = [];
    let tactics: string[] = [];
    const links: DeleteEffect['links'] = [];
    const goalLink = (l: { goalId: string; objectiveId: string; strength: Strength }) =>
      links.push({ kind: 'goal-objective', fromId: l.goalId, toId: l.objectiveId, strength: l.strength });
    const tacticLink = (l: { tacticId: string; goalId: string; strength: Strength }) =>
      links.push({ kind: 'tactic-goal', fromId: l.tacticId, toId: l.goalId, strength: l.strength });
    let label: string;
    // Goals that stop carrying any objective because of this delete (deleted or newly orphaned).
    let goalsLost = new Set<string>();
    let newlyOrphanedGoals: string[] = [];
    if (kind === 'department') {
      const d = mustFind(store.getDepartment(id), 'department', id);
      label = `department '${d.name}'`;
      goals = store.goalIdsOfDepartment(id);
      tactics = store.tacticIdsOfDepartment(id);
      const { up, down } = store.linksOfGoals(goals);
      up.forEach(goalLink);
      const deletedGoals = new Set(goals);
      down.forEach(tacticLink);
      // Links from this department's tactics to other departments' goals go too.
      store
        .linksOfTactics(tactics)
        .filter((l) => !deletedGoals.has(l.goalId))
        .forEach(tacticLink);
      goalsLost = new Set(goals);
    } else if (kind === 'objective') {
      const o = mustFind(store.getObjective(id), 'objective', id);
      label = `objective ${o.code} '${o.title}'`;
      const incoming = store.linksToObjectives([id]);
      incoming.forEach(goalLink);
      for (const l of store.objectiveLinksOf([id])) {
        links.push({ kind: 'annual-breakthrough', fromId: l.annualId, toId: l.breakthroughId, strength: l.strength });
      }
      const counts = store.countUpLinks(
        'goal',
        incoming.map((l) => l.goalId),
      );
      newlyOrphanedGoals = incoming.filter((l) => counts.get(l.goalId) === 1).map((l) => l.goalId);
      goalsLost = new Set(newlyOrphanedGoals);
    } else if (kind === 'goal') {
      const g = mustFind(store.getGoal(id), 'goal', id);
      label = `goal ${g.code} '${g.title}'`;
      const { up, down } = store.linksOfGoals([id]);
      up.forEach(goalLink);
      down.forEach(tacticLink);
      if (up.length > 0) goalsLost = new Set([id]);
    } else {
      const t = mustFind(store.getTactic(id), 'tactic', id);
      label = `tactic ${t.code} '${t.title}'`;
      store.linksOfTactics([id]).forEach(tacticLink);
    }
    const deletedTactics = new Set(kind === 'tactic' ? [id] : tactics);
    const newlyOrphanedTactics = tacticsOrphanedBy(store, goalsLost, deletedTactics);
    const newlyOrphaned = [...newlyOrphanedGoals, ...newlyOrphanedTactics];
    const parts: string[] = [];
    if (goals.length) parts.push(plural(goals.length, 'goal'));
    if (tactics.length) parts.push(plural(tactics.length, 'tactic'));
    if (links.length) parts.push(plural(links.length, 'link'));
    let summary = `Deleting ${label}` + (parts.length ? ` also deletes ${joinList(parts)}` : ' deletes nothing else');
    summary += newlyOrphaned.length
      ? `; ${plural(newlyOrphaned.length, 'item')} will then trace to no objective.`
      : '.';
    return { kind, id, goals, tactics, links, newlyOrphaned, summary };
  };

  const linkEnds = (kind: LinkKind, fromId: string, toId: string) => {
    if (kind === 'annual-breakthrough') {
      if (store.getObjective(fromId)?.horizon !== 'annual')
        throw invalid('fromId', `no annual objective has id "${fromId}"`);
      if (store.getObjective(toId)?.horizon !== 'breakthrough') {
        throw invalid('toId', `no breakthrough objective has id "${toId}"`);
      }
    } else if (kind === 'goal-objective') {
      if (!store.getGoal(fromId)) throw invalid('fromId', `no goal has id "${fromId}"`);
      if (!store.getObjective(toId)) throw invalid('toId', `no objective has id "${toId}"`);
    } else {
      if (!store.getTactic(fromId)) throw invalid('fromId', `no tactic has id "${fromId}"`);
      if (!store.getGoal(toId)) throw invalid('toId', `no goal has id "${toId}"`);
    }
  };

  const kindOf = (
    id: string,
  ): { kind: 'objective'; item: Objective } | { kind: 'goal'; item: Goal } | { kind: 'tactic'; item: Tactic } => {
    const o = store.getObjective(id);
    if (o) return { kind: 'objective', item: o };
    const g = store.getGoal(id);
    if (g) return { kind: 'goal', item: g };
    const t = store.getTactic(id);
    if (t) return { kind: 'tactic', item: t };
    throw new HoshinError('not_found', `no objective, goal or tactic has id "${id}"`, [
      { path: 'id', message: `no objective, goal or tactic has id "${id}"` },
    ]);
  };

  const convert = (input: ParsedInput<'convertItem'>): ApiResults['convertItem'] => {
    const { id, to } = input;
    const current = kindOf(id);
    const allowed: Record<string, string[]> = { objective: ['goal'], goal: ['tactic', 'objective'], tactic: ['goal'] };
    if (!allowed[current.kind]!.includes(to)) {
      throw invalid(
        'to',
        `a${current.kind === 'objective' ? 'n' : ''} ${current.kind} can become ${allowed[current.kind]!.join(' or ')}, one level at a time, not ${to === 'objective' ? 'an' : 'a'} ${to}`,
      );
    }
    const strength = input.strength ?? 'strong';
    const parentId = input.parentId ?? null;
    if (to === 'objective' && parentId !== null) throw invalid('parentId', 'an objective supports nothing above it');
    if (to === 'goal' && (parentId === null || !store.getObjective(parentId))) {
      throw invalid(
        'parentId',
        parentId === null ? 'a goal must support an objective: give its id' : `no objective has id "${parentId}"`,
      );
    }
    if (to === 'tactic' && (parentId === null || parentId === id || !store.getGoal(parentId))) {
      throw invalid(
        'parentId',
        parentId === null ? 'a tactic must support a goal: give its id' : `no other goal has id "${parentId}"`,
      );
    }
    const departmentId = (): string => {
      if (input.departmentId !== undefined) return department(input.departmentId).id;
      if (current.kind !== 'objective') return current.item.departmentId;
      const first = store.orderedIds('department')[0];
      if (!first) throw invalid('departmentId', 'the plan has no department yet: add one first');
      return first;
    };
    const { title, description, owner } = current.item;
    const relinked: string[] = [];
    const orphaned: string[] = [];
    const position = (table: SortedTable) => insertPosition(table, input.afterId);

    if (current.kind === 'objective') {
      // Goals that supported the objective now support its new parent objective instead.
      const supporters = store.linksToObjectives([id]);
      const d = departmentId();
      store.deleteRow('objective', id);
      for (const l of supporters) {
        store.setGoalLink(l.goalId, parentId!, l.strength);
        relinked.push(l.goalId);
      }
      const g: Goal = {
        id,
        code: nextCode(`${departmentPrefix(department(d).name)}-`, store.codes('goal')),
        departmentId: d,
        title,
        description,
        owner,
        kpi: current.item.kpi,
        supports: [{ objectiveId: parentId!, strength }],
      };
      store.insertGoal(g, position('goal'));
      return { kind: 'goal', item: store.getGoal(id)!, relinked, orphaned };
    }
    if (current.kind === 'tactic') {
      const d = departmentId();
      store.deleteRow('tactic', id);
      const g: Goal = {
        id,
        code: nextCode(`${departmentPrefix(department(d).name)}-`, store.codes('goal')),
        departmentId: d,
        title,
        description,
        owner,
        kpi: null,
        supports: [{ objectiveId: parentId!, strength }],
      };
      store.insertGoal(g, position('goal'));
      return { kind: 'goal', item: store.getGoal(id)!, relinked, orphaned };
    }
    // A goal: its tactics follow it down to the parent goal, or are left unaligned when it becomes an objective.
    const { down } = store.linksOfGoals([id]);
    if (to === 'tactic') {
      const d = departmentId();
      store.deleteRow('goal', id);
      for (const l of down) {
        store.setTacticLink(l.tacticId, parentId!, l.strength);
        relinked.push(l.tacticId);
      }
      const parent = store.getGoal(parentId!)!;
      const t: Tactic = {
        id,
        code: nextCode(`${parent.code}.`, store.codes('tactic')),
        departmentId: d,
        title,
        description,
        owner,
        due: null,
        status: 'not_started',
        tags: [],
        supports: [{ goalId: parentId!, strength }],
      };
      store.insertTactic(t, position('tactic'));
      return { kind: 'tactic', item: store.getTactic(id)!, relinked, orphaned };
    }
    store.deleteRow('goal', id);
    const remaining = store.countUpLinks(
      'tactic',
      down.map((l) => l.tacticId),
    );
    for (const l of down) if (!remaining.get(l.tacticId)) orphaned.push(l.tacticId);
    const o: Objective = {
      id,
      code: nextCode('O', store.codes('objective')),
      title,
      description,
      horizon: 'annual',
      owner,
      kpi: current.item.kpi,
      supports: [],
    };
    store.insertObjective(o, position('objective'));
    return { kind: 'objective', item: o, relinked, orphaned };
  };

  const handlers: Handlers = {
    getPlan: () => store.loadDocument(),
    updatePlan: (patch) => {
      const header = store.getHeader();
      const { settings, ...rest } = patch;
      const next = { ...header, ...defined(rest), settings: { ...header.settings, ...defined(settings ?? {}) } };
      if (next.periodStart && next.periodEnd && next.periodStart > next.periodEnd) {
        throw invalid(
          patch.periodEnd !== undefined ? 'periodEnd' : 'periodStart',
          'the period must not end before it starts',
        );
      }
      store.putHeader(next);
      return next;
    },

    createDepartment: (input) => {
      const d: Department = { id: freshId(input.id), name: input.name, head: input.head ?? null };
      store.insertDepartment(d, insertPosition('department', input.afterId));
      return d;
    },
    updateDepartment: (input) => {
      const d = { ...mustFind(store.getDepartment(input.id), 'department', input.id), ...defined(input) };
      store.updateDepartment(d);
      return d;
    },
    deleteDepartment: ({ id }) => {
      const effect = deleteEffect('department', id);
      store.deleteNotesOf([...effect.goals, ...effect.tactics]);
      store.deleteReviewOf(effect.goals);
      store.deleteRow('department', id);
      return effect;
    },
    reorderDepartments: ({ ids }) => reorder('department', ids),

    createObjective: (input) => {
      const o: Objective = {
        id: freshId(input.id),
        code: input.code ?? nextCode('O', store.codes('objective')),
        title: input.title,
        description: input.description ?? null,
        horizon: input.horizon ?? 'annual',
        owner: input.owner ?? null,
        kpi: input.kpi ?? null,
        supports: [],
      };
      store.insertObjective(o, insertPosition('objective', input.afterId));
      return o;
    },
    updateObjective: (input) => {
      const current = mustFind(store.getObjective(input.id), 'objective', input.id);
      const o = { ...current, ...defined(input) };
      if (o.horizon !== current.horizon) {
        // Annual -> breakthrough links only fit the horizons they were made for.
        for (const l of store.objectiveLinksOf([o.id])) store.removeObjectiveLink(l.annualId, l.breakthroughId);
        o.supports = [];
      }
      store.updateObjective(o);
      return o;
    },
    deleteObjective: ({ id }) => {
      const effect = deleteEffect('objective', id);
      store.deleteNotesOf([id]);
      store.deleteReviewOf([id]);
      store.deleteRow('objective', id);
      return effect;
    },
    reorderObjectives: ({ ids }) => reorder('objective', ids),

    createGoal: (input) => {
      const d = department(input.departmentId);
      const supports = input.supports ?? [];
      checkObjectives(supports);
      const g: Goal = {
        id: freshId(input.id),
        code: input.code ?? nextCode(`${departmentPrefix(d.name)}-`, store.codes('goal')),
        departmentId: d.id,
        title: input.title,
        description: input.description ?? null,
        owner: input.owner ?? null,
        kpi: input.kpi ?? null,
        supports,
      };
      store.insertGoal(g, insertPosition('goal', input.afterId));
      return g;
    },
    updateGoal: (input) => {
      const current = mustFind(store.getGoal(input.id), 'goal', input.id);
      if (input.departmentId !== undefined) department(input.departmentId);
      const g = { ...current, ...defined(input) };
      store.updateGoal(g);
      return g;
    },
    deleteGoal: ({ id }) => {
      const effect = deleteEffect('goal', id);
      store.deleteNotesOf([id]);
      store.deleteReviewOf([id]);
      store.deleteRow('goal', id);
      return effect;
    },
    reorderGoals: ({ ids }) => reorder('goal', ids),

    createTactic: (input) => {
      const d = department(input.departmentId);
      const supports = input.supports ?? [];
      checkGoals(supports);
      const parent = supports[0] ? store.getGoal(supports[0].goalId) : undefined;
      const t: Tactic = {
        id: freshId(input.id),
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
      store.insertTactic(t, insertPosition('tactic', input.afterId));
      return t;
    },
    updateTactic: (input) => {
      const current = mustFind(store.getTactic(input.id), 'tactic', input.id);
      if (input.departmentId !== undefined) department(input.departmentId);
      const t = { ...current, ...defined(input) };
      store.updateTactic(t);
      return t;
    },
    deleteTactic: ({ id }) => {
      const effect = deleteEffect('tactic', id);
      store.deleteNotesOf([id]);
      store.deleteRow('tactic', id);
      return effect;
    },
    reorderTactics: ({ ids }) => reorder('tactic', ids),

    setLink: ({ kind, fromId, toId, strength }) => {
      linkEnds(kind, fromId, toId);
      if (kind === 'goal-objective') store.setGoalLink(fromId, toId, strength);
      else if (kind === 'tactic-goal') store.setTacticLink(fromId, toId, strength);
      else store.setObjectiveLink(fromId, toId, strength);
      return { kind, fromId, toId, strength };
    },
    removeLink: ({ kind, fromId, toId }) => {
      linkEnds(kind, fromId, toId);
      const removed =
        kind === 'goal-objective'
          ? store.removeGoalLink(fromId, toId)
          : kind === 'tactic-goal'
            ? store.removeTacticLink(fromId, toId)
            : store.removeObjectiveLink(fromId, toId);
      return { removed };
    },
    previewDelete: ({ kind, id }) => deleteEffect(kind, id),
    analyzeGaps: (input) => analyzeGaps(store.loadDocument(), input?.today ?? today()),
    convertItem: (input) => convert(input),
    getDocumentInfo: () => ({
      fileName: options.fileName ?? 'Untitled.hoshin',
      draft: draftBlock
        ? {
            planId: draftBlock.planId,
            planTitle: draftBlock.base.plan.title,
            departmentId: draftBlock.departmentId,
            issuedAt: draftBlock.issuedAt,
          }
        : null,
    }),
    undo: () => {
      const label = history.undo();
      return { label, history: history.state() };
    },
    redo: () => {
      const label = history.redo();
      return { label, history: history.state() };
    },
    getHistory: () => history.state(),
    reviewDraft: ({ draft, markReturned }) => {
      masterOnly('Reviewing a draft');
      const changeSet = trustedDiff(draft);
      if (markReturned) store.markDraftReturned(changeSet.draftId, new Date().toISOString());
      return changeSet;
    },
    mergeDraft: ({ draft, accept, resolve }) => {
      masterOnly('Merging a draft');
      return applyChangeSet(store, trustedDiff(draft), accept, resolve);
    },
    issueDraft: ({ department: wanted, issuedAt: at }) => {
      masterOnly('Issuing a draft');
      const doc = store.loadDocument();
      const d = resolveDepartment(doc, wanted, fileName);
      const draftId = randomUUID();
      const issuedAt = at === undefined ? new Date().toISOString() : new Date(at).toISOString();
      const { draft: _none, ...base } = doc;
      store.recordDraftIssued({
        draftId,
        departmentId: d.id,
        issuedAt,
        planId: doc.plan.id,
        baseHash: baseHash(base),
      });
      return {
        draftId,
        departmentId: d.id,
        departmentName: d.name,
        issuedAt,
        document: { ...doc, draft: { id: draftId, planId: doc.plan.id, departmentId: d.id, issuedAt, base } },
      };
    },
    getDraftStatus: () => draftStatus(store, store.loadDocument()),
    addNote: (input) => {
      mustFindItem(input.itemId);
      const note: Note = {
        id: freshNoteId(input.id),
        itemId: input.itemId,
        kind: input.kind,
        text: input.text,
        author: input.author ?? null,
        createdAt: new Date().toISOString(),
        answer: null,
        answeredBy: null,
        answeredAt: null,
        // In a draft, the note is the department's; in the master, leadership's own.
        departmentId: draftBlock?.departmentId ?? null,
      };
      store.insertNote(note);
      return note;
    },
    answerNote: ({ id, answer, answeredBy }) => {
      const note = store.getNote(id);
      if (!note)
        throw new HoshinError('not_found', `no note has id "${id}"`, [
          { path: 'id', message: `no note has id "${id}"` },
        ]);
      const answered: Note =
        answer === null
          ? { ...note, answer: null, answeredBy: null, answeredAt: null }
          : { ...note, answer, answeredBy: answeredBy ?? null, answeredAt: new Date().toISOString() };
      store.updateNote(answered);
      return answered;
    },
    deleteNote: ({ id }) => ({ removed: store.deleteNote(id) }),
    getReview: (input) => {
      const doc = store.loadDocument();
      return {
        months: periodMonths(doc.plan.periodStart, doc.plan.periodEnd, input?.today ?? today()),
        tolerance: doc.plan.settings.reviewTolerance,
        kpis: reviewRows(doc, input?.today ?? today()),
        countermeasures: doc.review.countermeasures,
        tacticUpdates: doc.review.tacticUpdates,
      };
    },
    setKpiMonth: ({ itemId, month, plan, actual }) => {
      kpiItem(itemId, 'itemId');
      return store.setKpiMonth(itemId, month, { plan, actual });
    },
    setKpiMonths: ({ values }) => {
      values.forEach((v, i) => kpiItem(v.itemId, `values[${i}].itemId`));
      for (const v of values) store.setKpiMonth(v.itemId, v.month, { plan: v.plan, actual: v.actual });
      return { set: values.length };
    },
    addCountermeasure: (input) => {
      kpiItem(input.itemId, 'itemId');
      const c: Countermeasure = {
        id: freshId(input.id),
        itemId: input.itemId,
        month: input.month,
        rootCause: input.rootCause,
        action: input.action,
        owner: input.owner ?? null,
        due: input.due ?? null,
        status: input.status ?? 'open',
      };
      store.putCountermeasure(c);
      return c;
    },
    updateCountermeasure: (input) => {
      const current = store.getCountermeasure(input.id);
      if (!current)
        throw new HoshinError('not_found', `no countermeasure has id "${input.id}"`, [
          { path: 'id', message: `no countermeasure has id "${input.id}"` },
        ]);
      const c = { ...current, ...defined(input) };
      store.putCountermeasure(c);
      return c;
    },
    deleteCountermeasure: ({ id }) => ({ removed: store.deleteCountermeasure(id) }),
    addTacticUpdate: ({ tacticId, status, note, date }) => {
      const tactic = store.getTactic(tacticId);
      if (!tactic) throw invalid('tacticId', `no tactic has id "${tacticId}"`);
      const update: TacticUpdate = { id: newId(), tacticId, status, note: note ?? null, date: date ?? today() };
      store.insertTacticUpdate(update);
      store.updateTactic({ ...tactic, status });
      return update;
    },
  };
  return rules ? guardDraft(handlers, rules, store) : handlers;

  function kpiItem(id: string, path: string): void {
    const item = store.getObjective(id) ?? store.getGoal(id);
    if (!item) throw invalid(path, `no objective or goal has id "${id}"`);
    if (!item.kpi) throw invalid(path, `${item.code} has no KPI: give it one first`);
  }
  function mustFindItem(id: string): void {
    if (!store.getObjective(id) && !store.getGoal(id) && !store.getTactic(id)) {
      throw invalid('itemId', `no objective, goal or tactic has id "${id}"`);
    }
  }
  function freshNoteId(given: string | undefined): string {
    if (given === undefined) return newId();
    if (store.getNote(given)) throw invalid('id', `"${given}" is already used by another note`);
    return given;
  }
}

/**
 * In a department draft, leadership's parts are read only: each operation is checked against DraftRules before
 * it runs. Reads, notes and undo/redo pass through.
 */
function guardDraft(h: Handlers, rules: DraftRules, store: PlanStore): Handlers {
  const goalLinkFrom = (kind: LinkKind, fromId: string) =>
    kind === 'goal-objective' ? rules.ownGoal(fromId) : rules.ownTactic(fromId);
  return {
    ...h,
    updatePlan: () => rules.leadershipOnly('The plan’s settings are'),
    createDepartment: () => rules.leadershipOnly('Departments are'),
    updateDepartment: () => rules.leadershipOnly('Departments are'),
    deleteDepartment: () => rules.leadershipOnly('Departments are'),
    reorderDepartments: () => rules.leadershipOnly('Departments are'),
    createObjective: () => rules.leadershipOnly('Objectives are'),
    updateObjective: () => rules.leadershipOnly('Objectives are'),
    deleteObjective: () => rules.leadershipOnly('Objectives are'),
    reorderObjectives: () => rules.leadershipOnly('Objectives are'),
    createGoal: (input) => (rules.ownDepartment(input.departmentId, 'new'), h.createGoal(input)),
    updateGoal: (input) => {
      rules.ownGoal(input.id);
      if (input.departmentId !== undefined) rules.ownDepartment(input.departmentId, 'move');
      return h.updateGoal(input);
    },
    deleteGoal: (input) => (rules.ownGoal(input.id), h.deleteGoal(input)),
    reorderGoals: (input) => (input.ids.forEach((id) => rules.ownGoal(id)), h.reorderGoals(input)),
    createTactic: (input) => (rules.ownDepartment(input.departmentId, 'new'), h.createTactic(input)),
    updateTactic: (input) => {
      rules.ownTactic(input.id);
      if (input.departmentId !== undefined) rules.ownDepartment(input.departmentId, 'move');
      return h.updateTactic(input);
    },
    deleteTactic: (input) => (rules.ownTactic(input.id), h.deleteTactic(input)),
    reorderTactics: (input) => (input.ids.forEach((id) => rules.ownTactic(id)), h.reorderTactics(input)),
    setLink: (input) => (goalLinkFrom(input.kind, input.fromId), h.setLink(input)),
    removeLink: (input) => (goalLinkFrom(input.kind, input.fromId), h.removeLink(input)),
    convertItem: (input) => {
      if (store.getObjective(input.id) || input.to === 'objective') rules.leadershipOnly('Objectives are');
      rules.ownGoal(input.id);
      rules.ownTactic(input.id);
      if (input.departmentId !== undefined) rules.ownDepartment(input.departmentId, 'move');
      return h.convertItem(input);
    },
  };
}

/**
 * Tactics that traced to an objective only through goals in `goalsLost` (deleted, or about to support no
 * objective), excluding tactics being deleted themselves.
 */
function tacticsOrphanedBy(store: PlanStore, goalsLost: Set<string>, deletedTactics: Set<string>): string[] {
  if (goalsLost.size === 0) return [];
  const { down } = store.linksOfGoals([...goalsLost]);
  const candidates = [...new Set(down.map((l) => l.tacticId))].filter((t) => !deletedTactics.has(t));
  const allLinks = store.linksOfTactics(candidates);
  const goalUpLinks = store.countUpLinks('goal', [...new Set(allLinks.map((l) => l.goalId))]);
  // A tactic stays aligned while one of its goals keeps an objective. Decided per link in one pass (a filter of
  // every link per candidate made an objective's preview quadratic: 13 s at 200,000 tactics).
  const stillAligned = new Set<string>();
  for (const l of allLinks) if (!goalsLost.has(l.goalId) && goalUpLinks.get(l.goalId)) stillAligned.add(l.tacticId);
  return candidates.filter((tacticId) => !stillAligned.has(tacticId));
}

/** The keys of a patch that were given (undefined means "leave as is"; null means "clear"). */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
