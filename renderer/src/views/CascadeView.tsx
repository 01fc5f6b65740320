import {
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { Goal, Objective, PlanDocument, Strength, Tactic } from '../../../contract/plan-format.ts';
import { PlusIcon } from '../components/icons.tsx';
import { OutlineFilters } from '../components/outline/OutlineFilters.tsx';
import type { TitleEditor } from '../components/outline/OutlineRowView.tsx';
import { OutlineTree, type ScrollRequest } from '../components/outline/OutlineTree.tsx';
import { addReason, asSentence, lockReason } from '../domain/draft-lock.ts';
import { t } from '../i18n/intl.ts';
import { gapFlags } from '../domain/gap-flags.ts';
import { openNoteCounts } from '../domain/notes.ts';
import { applyChange } from '../domain/plan-patch.ts';
import { indexPlan } from '../domain/plan-index.ts';
import { STRENGTH_LABEL, STRENGTH_SYMBOL, STRENGTHS } from '../domain/constants.ts';
import { toApiError } from '../api/index.ts';
import { fieldMessage, isValidationError } from '../forms/field-errors.ts';
import { PEOPLE_LIST_ID } from '../forms/PeopleList.tsx';
import { movedNotice, useRenumber } from '../components/renumber.ts';
import { filterChoices, isFiltering, NO_FILTER, type OutlineFilter } from '../outline/filter.ts';
import { indentTarget, outdentTarget, type LevelMove } from '../outline/indent.ts';
import { focusAfterRemoval, outlineCommand } from '../outline/keyboard.ts';
import {
  buildOutline,
  childKey,
  DRAFT_KEY,
  firstRowPath,
  rowItem,
  UNALIGNED_KEY,
  type DraftSpec,
  type ItemKind,
  type OutlineRow,
} from '../outline/rows.ts';
import { useAppActions, type AppRequest, type Selection } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { useDeleteItem } from '../state/useDeleteItem.ts';

interface CascadeViewProps {
  plan: PlanDocument;
  /** Null while the first gap analysis is still running: the outline shows without gap marks. */
  gaps: GapReport | null;
}

interface Editing {
  /** Row key of the item whose title is edited, or DRAFT_KEY. */
  key: string;
  text: string;
  error: string | null;
  /** Where focus goes back when a draft is cancelled. */
  returnKey: string | null;
  /**
   * Set while a new goal or tactic waits for a department (the plan has none yet): the editor then takes the
   * department's name, and `title` keeps the item's title typed before.
   */
  department?: { title: string } | undefined;
  /** Set while the department (D) or the owner (O) of an existing item is typed on its row, in the editor. */
  rowField?: 'department' | 'owner' | undefined;
}

/** The outline's filters, collapsed rows and focus, kept while the app shows another view. */
let remembered: { filter: OutlineFilter; collapsed: ReadonlySet<string>; activeKey: string | null } = {
  filter: NO_FILTER,
  collapsed: new Set(),
  activeKey: null,
};

const UPDATE = { objective: 'updateObjective', goal: 'updateGoal', tactic: 'updateTactic' } as const;
/** The departments offered while one is typed on a row (D). */
const DEPARTMENT_LIST_ID = 'outline-departments';
/** What a new item shows until the server answers (its code is the server's to give). */
const PROVISIONAL = { code: '…', description: null, owner: null } as const;

/**
 * The cascade editor: objectives, the goals under each, the tactics under each goal, then what supports nothing.
 * Keyboard first (see README "Keyboard"): the outline is typed like a list, Tab and Shift+Tab move an item a
 * level down or up, and every change is saved at once as one undo step.
 */
export function CascadeView({ plan, gaps }: CascadeViewProps) {
  const actions = useAppActions();
  const {
    run,
    runOptimistic,
    select,
    selection,
    notify,
    reportError,
    request,
    clearRequest,
    lastDepartmentId,
    rememberDepartment,
    sendRequest,
  } = actions;
  const renumber = useRenumber();
  const deleteItem = useDeleteItem();
  // The department draft open, if any (`draft` below is the new item being typed).
  const catchball = useDraft();

  const [filter, setFilterState] = useState<OutlineFilter>(() => remembered.filter);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => remembered.collapsed);
  const [draft, setDraft] = useState<DraftSpec | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pinned, setPinned] = useState<ReadonlySet<string>>(() => new Set());
  const [activeKey, setActiveKey] = useState<string | null>(() => remembered.activeKey);
  // Leaving for another view and coming back finds the outline as it was left.
  useEffect(() => {
    remembered = { filter, collapsed, activeKey: activeKey === DRAFT_KEY ? null : activeKey };
  }, [filter, collapsed, activeKey]);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Set while a draft or converted row moves in the DOM: the blur that causes is not the user leaving the editor.
  const moving = useRef(false);
  // Set from the moment a title is committed until its editor closes or shows an error: Enter and the blur that may
  // follow must not create the item twice (state updates arrive a render later, this ref at once).
  const committing = useRef(false);

  const index = indexPlan(plan);
  const itemOf = (row: OutlineRow) => rowItem(index, row);
  const filtering = isFiltering(filter);
  // Without a filter the rows depend only on the plan's shape: a renamed title or a new status reuses them.
  const planForRows = filtering ? plan : index.shape;
  const outline = useMemo(
    () => buildOutline(plan, { filter, collapsed, draft, pinned }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `plan` enters through `planForRows` (see above).
    [planForRows, filter, collapsed, draft, pinned],
  );
  const rows = outline.rows;
  const flags = useMemo(() => gapFlags(gaps), [gaps]);
  const noteCounts = useMemo(() => openNoteCounts(plan.notes), [plan.notes]);
  const departmentNames = useMemo(() => new Map(plan.departments.map((d) => [d.id, d.name])), [plan.departments]);
  // The menus' lists can wait a frame: a deferred plan keeps their rebuild out of an edit's way to the screen.
  const choices = useStableChoices(useDeferredValue(plan));

  const found = activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey);
  const activeIndex = found >= 0 ? found : rows.length > 0 ? 0 : -1;
  const activeRow = rows[activeIndex] ?? null;

  const focusKey = useCallback((key: string | null, focus = true) => {
    if (key === null) return;
    setActiveKey(key);
    setScrollRequest((r) => ({ key, focus, nonce: (r?.nonce ?? 0) + 1 }));
  }, []);

  const setFilter = useCallback((next: OutlineFilter) => {
    setFilterState(next);
    setPinned(new Set());
  }, []);

  /** The department of a new goal or tactic: the filtered one, else the one last used, else the first. */
  const newItemDepartment = (): string | null => {
    // A department's draft adds only to its own department (the service refuses any other).
    if (catchball) return catchball.departmentId;
    if (filter.departmentId) return filter.departmentId;
    if (lastDepartmentId && plan.departments.some((d) => d.id === lastDepartmentId)) return lastDepartmentId;
    return plan.departments[0]?.id ?? null;
  };

  // --- A department draft: leadership's rows are read only, refused before anything is typed.

  /** Why the row's item is read only in this draft, or null. */
  const rowLock = (row: OutlineRow): string | null => {
    if (row.draft || row.kind === 'section') return null;
    if (row.kind === 'objective') return lockReason(catchball, { kind: 'objective' });
    const item = itemOf(row) as Goal | Tactic | null;
    if (!item) return null;
    return lockReason(catchball, {
      kind: row.kind,
      departmentId: item.departmentId,
      departmentName: departmentNames.get(item.departmentId),
    });
  };
  /** Says why, and offers the note that proposes the change instead. */
  const refuse = (row: OutlineRow | null, reason: string) => {
    const item = row ? itemOf(row) : null;
    if (!row || !item || row.kind === 'section') {
      notify({ message: asSentence(reason) });
      return;
    }
    select({ kind: row.kind, id: row.id });
    notify({
      message: `${item.code}: ${asSentence(reason)}`,
      action: { label: t('cascade.addNote'), run: () => sendRequest({ type: 'note', itemId: row.id }) },
    });
  };
  /** Opens the title editor unless the row is read only here. */
  const editTitle = (row: OutlineRow) => {
    const item = itemOf(row);
    if (!item) return;
    const lock = rowLock(row);
    if (lock) refuse(row, lock);
    else setEditing({ key: row.key, text: item.title, error: null, returnKey: row.key });
  };
  const addLock = addReason(catchball, 'objective');

  const expand = (key: string | null) => {
    if (key === null) return;
    setCollapsed((c) => {
      if (!c.has(key)) return c;
      const next = new Set(c);
      next.delete(key);
      return next;
    });
  };

  // --- Drafts: a new item is typed in place and created when its title is committed.

  const startDraft = (spec: DraftSpec) => {
    moving.current = true;
    setDraft(spec);
    setEditing({ key: DRAFT_KEY, text: '', error: null, returnKey: activeRow?.key ?? null });
    focusKey(DRAFT_KEY, false);
  };

  const draftFor = (kind: ItemKind): DraftSpec => {
    const path = activeRow && !activeRow.draft ? activeRow.key.split('/') : [];
    const top = path[0];
    if (kind === 'objective') return { kind, parentKey: null, parentId: null };
    if (kind === 'goal') {
      if (top && top !== UNALIGNED_KEY && plan.objectives.some((o) => o.id === top)) {
        return { kind, parentKey: top, parentId: top };
      }
      if (!activeRow && plan.objectives[0])
        return { kind, parentKey: plan.objectives[0].id, parentId: plan.objectives[0].id };
      return { kind, parentKey: UNALIGNED_KEY, parentId: null };
    }
    // A tactic goes under the goal in focus (or the goal of the tactic in focus).
    const goalRow =
      activeRow?.kind === 'goal'
        ? activeRow
        : activeRow?.kind === 'tactic' && activeRow.level === 3
          ? rows.find((r) => r.key === activeRow.parentKey)
          : undefined;
    if (goalRow) return { kind, parentKey: goalRow.key, parentId: goalRow.id };
    return { kind, parentKey: UNALIGNED_KEY, parentId: null };
  };

  const finishEditing = (focus: string | null) => {
    committing.current = false;
    moving.current = true;
    setEditing(null);
    setDraft(null);
    focusKey(focus);
  };

  /** Puts a refused title back in its editor, with the reason under it. */
  const reopen = (key: string, text: string, err: unknown, spec: DraftSpec | null) => {
    committing.current = false;
    // A team plan's stale rename: the plan shows theirs again (a failed change reloads it), and the banner
    // offers to apply this one anyway.
    if (toApiError(err).code === 'conflict' && !spec) {
      reportError(err);
      return;
    }
    if (spec) setDraft(spec);
    setEditing({ key, text, error: fieldMessage(err, 'title'), returnKey: activeRow?.key ?? null });
    focusKey(key, false);
    if (!isValidationError(err)) reportError(err);
  };

  /**
   * Creates the typed item. With a title and an id made here, the row appears and takes the focus at once (the next
   * Enter can already add after it); the server's answer then fills in the code. A blank title goes to the server
   * first, so its message shows in the open editor.
   */
  const commitDraft = async (spec: DraftSpec, text: string, departmentId?: string) => {
    const department = spec.kind === 'objective' ? null : (departmentId ?? newItemDepartment());
    if (spec.kind !== 'objective' && department === null) {
      // A new plan has no department yet: ask for its name right here, then create both.
      committing.current = false;
      setEditing((e) => e && { ...e, department: { title: text }, text: '', error: null });
      return;
    }
    const id = text.trim() === '' ? undefined : globalThis.crypto?.randomUUID?.();
    const base = { id, title: text, afterId: spec.afterId };
    const create = (): Promise<Objective | Goal | Tactic> => {
      if (spec.kind === 'objective') {
        const input = base;
        if (!id) return run('createObjective', input);
        const item: Objective = { ...PROVISIONAL, id, title: text, horizon: 'annual', kpi: null, supports: [] };
        return runOptimistic('createObjective', input, (p) => applyChange(p, 'createObjective', input, item));
      }
      if (spec.kind === 'goal') {
        const supports = spec.parentId ? [{ objectiveId: spec.parentId, strength: 'strong' as const }] : [];
        const input = { ...base, departmentId: department!, supports };
        if (!id) return run('createGoal', input);
        const item: Goal = { ...PROVISIONAL, id, title: text, departmentId: department!, kpi: null, supports };
        return runOptimistic('createGoal', input, (p) => applyChange(p, 'createGoal', input, item));
      }
      const supports = spec.parentId ? [{ goalId: spec.parentId, strength: 'strong' as const }] : [];
      const input = { ...base, departmentId: department!, supports };
      if (!id) return run('createTactic', input);
      const item: Tactic = {
        ...PROVISIONAL,
        id,
        title: text,
        departmentId: department!,
        due: null,
        status: 'not_started',
        tags: [],
        supports,
      };
      return runOptimistic('createTactic', input, (p) => applyChange(p, 'createTactic', input, item));
    };
    const done = (createdId: string) => {
      if (department) rememberDepartment(department);
      setPinned((p) => new Set(p).add(createdId));
      finishEditing(childKey(spec.parentKey, createdId));
      select({ kind: spec.kind, id: createdId });
    };

    if (id) {
      const pending = create();
      done(id);
      try {
        await pending;
      } catch (err) {
        reopen(DRAFT_KEY, text, err, spec);
      }
      return;
    }
    // Returning the same state when there is no error to clear spares a render before the request goes out.
    setEditing((e) => (e?.error ? { ...e, error: null } : e));
    try {
      done((await create()).id);
    } catch (err) {
      committing.current = false;
      setEditing((e) => e && { ...e, error: fieldMessage(err, 'title') });
      if (!isValidationError(err)) reportError(err);
    }
  };

  /** Renames the item, shown at once when the new title is not blank (a blank one waits for the server's message). */
  const commitTitle = async (row: OutlineRow, text: string) => {
    const item = itemOf(row);
    if (row.kind === 'section' || !item) {
      committing.current = false;
      return;
    }
    if (text === item.title) {
      finishEditing(row.key);
      return;
    }
    const input = { id: row.id, title: text };
    const operation = UPDATE[row.kind];
    if (text.trim() !== '') {
      const renamed = { ...item, title: text } as never;
      const pending = runOptimistic(operation, input, (p) => applyChange(p, operation, input, renamed));
      finishEditing(row.key);
      try {
        await pending;
      } catch (err) {
        reopen(row.key, text, err, null);
      }
      return;
    }
    setEditing((e) => (e?.error ? { ...e, error: null } : e));
    try {
      await run(operation, input);
      finishEditing(row.key);
    } catch (err) {
      committing.current = false;
      setEditing((e) => e && { ...e, error: fieldMessage(err, 'title') });
      if (!isValidationError(err)) reportError(err);
    }
  };

  // --- Tab / Shift+Tab: one level down or up (objective <-> goal <-> tactic).

  const moveLevel = async (index: number, outdent: boolean) => {
    const row = rows[index];
    if (!row) return;
    const target: LevelMove = outdent ? outdentTarget(rows, index) : indentTarget(rows, index);
    if (!target.ok) {
      notify({ message: target.reason });
      return;
    }
    const lock = rowLock(row) ?? (target.to === 'objective' ? addReason(catchball, 'objective') : null);
    if (lock) {
      refuse(row.draft ? null : row, lock);
      return;
    }
    expand(target.parentKey);
    if (row.draft) {
      moving.current = true;
      setDraft({ kind: target.to, parentKey: target.parentKey, parentId: target.parentId, afterId: target.afterId });
      return;
    }
    const department = target.to !== 'objective' && row.kind === 'objective' ? newItemDepartment() : null;
    try {
      moving.current = true;
      const result = await run('convertItem', {
        id: row.id,
        to: target.to,
        parentId: target.parentId,
        ...(department ? { departmentId: department } : {}),
        ...(target.afterId !== undefined ? { afterId: target.afterId } : {}),
      });
      const key = childKey(target.parentKey, row.id);
      setPinned((p) => new Set(p).add(row.id));
      if (editing?.key === row.key) setEditing((e) => e && { ...e, key });
      focusKey(key);
      select({ kind: result.kind, id: row.id });
      const code = result.item.code;
      const message = t('cascade.converted', {
        code,
        kind: result.kind,
        relinked: result.relinked.length,
        orphaned: result.orphaned.length,
      });
      notify({ message, undoable: true });
    } catch (err) {
      moving.current = false;
      reportError(err);
    }
  };

  // --- Row keys.

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, at: number) => {
    const row = rows[at];
    if (!row) return;
    const item = itemOf(row);
    if (event.key === 'Escape') {
      // The way out of the outline (where Tab indents): to the inspector of the focused item.
      const field = document.querySelector<HTMLElement>('.inspector input, .inspector select, .inspector textarea');
      // A hidden inspector (presentation mode) leaves Esc to the app, which then leaves presentation mode.
      if (field && field.offsetParent !== null) {
        event.preventDefault();
        field.focus();
      }
      return;
    }
    const command = outlineCommand(rows, at, {
      key: event.key,
      shift: event.shiftKey,
      modifier: event.ctrlKey || event.metaKey || event.altKey,
      alt: event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey,
    });
    if (command.type === 'none') return;
    event.preventDefault();
    switch (command.type) {
      case 'focus':
        focusKey(rows[command.index]!.key);
        break;
      case 'expand':
        expand(command.key);
        break;
      case 'collapse':
        setCollapsed((c) => new Set(c).add(command.key));
        break;
      case 'new-sibling':
        if (row.kind === 'objective' && addLock) refuse(null, addLock);
        else if (row.kind !== 'section') {
          startDraft({ kind: row.kind, parentKey: row.parentKey, parentId: row.parentId, afterId: row.id });
        }
        break;
      case 'edit':
        editTitle(row);
        break;
      case 'delete':
        if (rowLock(row)) refuse(row, rowLock(row)!);
        else if (row.kind !== 'section' && item) {
          const next = focusAfterRemoval(rows, at);
          void deleteItem(row.kind, row.id, item.code).then((ok) => {
            if (ok) focusKey(next);
          });
        }
        break;
      case 'indent':
      case 'outdent':
        void moveLevel(at, command.type === 'outdent');
        break;
      case 'strength':
        void setRowStrength(row, command.strength);
        break;
      case 'department':
      case 'owner': {
        // The editor opens empty (its placeholder names the current value): typing replaces, Esc keeps.
        const lock = rowLock(row);
        if (lock) refuse(row, lock);
        else setEditing({ key: row.key, text: '', error: null, returnKey: row.key, rowField: command.type });
        break;
      }
      case 'move':
        void moveAmongSiblings(row, rows[command.siblingIndex]!);
        break;
    }
  };

  /** 1/2/3: the strength of the row's link to the row it is listed under; the focus stays on the row. */
  const setRowStrength = async (row: OutlineRow, strength: Strength) => {
    const lock = rowLock(row);
    if (lock) {
      refuse(row, lock);
      return;
    }
    const item = itemOf(row);
    const parent = row.parentId === null ? null : rows.find((r) => r.key === row.parentKey);
    const parentItem = parent ? itemOf(parent) : null;
    if (!item || !parent || !parentItem || row.parentId === null) return;
    const ends = `${item.code} → ${parentItem.code}`;
    if (row.strength === strength) {
      notify({ message: t('cascade.linkAlready', { ends, strength }) });
      return;
    }
    try {
      await run('setLink', {
        kind: row.kind === 'goal' ? 'goal-objective' : 'tactic-goal',
        fromId: row.id,
        toId: row.parentId,
        strength,
      });
      notify({ message: t('cascade.linkNow', { ends, strength }), undoable: true });
    } catch (err) {
      reportError(err);
    }
    focusKey(row.key);
  };

  /** Alt+↑/↓: the row and its sibling trade places (one undo step); the focus follows the row. */
  const moveAmongSiblings = async (row: OutlineRow, sibling: OutlineRow) => {
    const lock = rowLock(row) ?? rowLock(sibling);
    if (lock) {
      refuse(row, lock);
      return;
    }
    const operation =
      row.kind === 'objective' ? 'reorderObjectives' : row.kind === 'goal' ? 'reorderGoals' : 'reorderTactics';
    try {
      // The listed ids take the slots they hold, in the order listed: list them in their new order.
      const below = rows.indexOf(sibling) > rows.indexOf(row);
      await run(operation, { ids: below ? [sibling.id, row.id] : [row.id, sibling.id] });
    } catch (err) {
      reportError(err);
    }
    focusKey(row.key);
  };

  // --- The title editor.

  const editingIndex = editing ? rows.findIndex((r) => r.key === editing.key) : -1;
  const editingRow = rows[editingIndex];
  const editingItem = editingRow ? (itemOf(editingRow) as Objective | Goal | Tactic | null) : null;

  const cancelEditing = () => {
    if (!editing) return;
    finishEditing(editing.key === DRAFT_KEY ? editing.returnKey : editing.key);
  };
  /**
   * Creates the department typed in the editor together with the goal or tactic waiting for it: one operation, so
   * one undo step takes both back out ("Add goal CS-1 'Win back accounts' in the new department Customer Success").
   */
  const commitDepartment = async (spec: DraftSpec, name: string, title: string) => {
    if (spec.kind === 'objective') return;
    if (name.trim() === '') {
      setEditing((e) => e && { ...e, error: t('cascade.needDepartment', { kind: spec.kind }) });
      return;
    }
    if (title.trim() === '') {
      setEditing(
        (e) => e && { ...e, department: undefined, text: title, error: t('cascade.needTitle', { kind: spec.kind }) },
      );
      return;
    }
    committing.current = true;
    const department = { name: name.trim() };
    const base = { title, afterId: spec.afterId };
    try {
      const made =
        spec.kind === 'goal'
          ? await run('createInNewDepartment', {
              kind: 'goal',
              department,
              item: { ...base, supports: spec.parentId ? [{ objectiveId: spec.parentId, strength: 'strong' }] : [] },
            })
          : await run('createInNewDepartment', {
              kind: 'tactic',
              department,
              item: { ...base, supports: spec.parentId ? [{ goalId: spec.parentId, strength: 'strong' }] : [] },
            });
      rememberDepartment(made.department.id);
      setPinned((p) => new Set(p).add(made.item.id));
      finishEditing(childKey(spec.parentKey, made.item.id));
      select({ kind: spec.kind, id: made.item.id });
    } catch (err) {
      committing.current = false;
      setEditing((e) => e && { ...e, error: fieldMessage(err, 'department.name') });
      if (!isValidationError(err)) reportError(err);
    }
  };

  /** D on a row: the typed department, an existing one by name (any case) or a new one, becomes the item's. */
  const commitRowDepartment = async (row: OutlineRow, name: string) => {
    const item = itemOf(row) as Goal | Tactic | null;
    if (!item || (row.kind !== 'goal' && row.kind !== 'tactic')) return;
    const wanted = name.trim();
    if (wanted === '') {
      setEditing((e) => e && { ...e, error: t('cascade.needDepartmentName') });
      return;
    }
    committing.current = true;
    try {
      const existing = plan.departments.find((d) => d.name.toLocaleLowerCase() === wanted.toLocaleLowerCase());
      const departmentId = existing?.id ?? (await run('createDepartment', { name: wanted })).id;
      rememberDepartment(departmentId);
      const moved = departmentId !== item.departmentId;
      if (moved) await run(UPDATE[row.kind], { id: row.id, departmentId });
      finishEditing(row.key);
      const name = existing ? existing.name : t('cascade.newDepartmentName', { name: wanted });
      notify(
        moved
          ? movedNotice(item, row.kind, name, renumber)
          : { message: t('cascade.alreadyIn', { code: item.code, name }) },
      );
    } catch (err) {
      committing.current = false;
      setEditing((e) => e && { ...e, error: fieldMessage(err, 'name') });
      if (!isValidationError(err)) reportError(err);
    }
  };

  /** O on a row: the typed name becomes the item's owner (blank: no owner). */
  const commitRowOwner = async (row: OutlineRow, name: string) => {
    const item = itemOf(row);
    if (!item || row.kind === 'section') return;
    const owner = name.trim() === '' ? null : name.trim();
    committing.current = true;
    try {
      if (owner !== item.owner) await run(UPDATE[row.kind], { id: row.id, owner });
      finishEditing(row.key);
    } catch (err) {
      committing.current = false;
      setEditing((e) => e && { ...e, error: fieldMessage(err, 'owner') });
      if (!isValidationError(err)) reportError(err);
    }
  };

  const commitEditing = () => {
    if (!editing || committing.current || !editingRow) return;
    if (editing.rowField === 'department') {
      void commitRowDepartment(editingRow, editing.text);
      return;
    }
    if (editing.rowField === 'owner') {
      void commitRowOwner(editingRow, editing.text);
      return;
    }
    if (editing.department && draft) {
      void commitDepartment(draft, editing.text, editing.department.title);
      return;
    }
    // Cleared when the editor closes or shows an error (see finishEditing, reopen).
    committing.current = true;
    void (editingRow.draft && draft ? commitDraft(draft, editing.text) : commitTitle(editingRow, editing.text));
  };

  const editor: TitleEditor | null = editing
    ? {
        text: editing.text,
        error: editing.error,
        onChange: (text) => setEditing((e) => e && { ...e, text }),
        asking:
          editing.rowField === 'department'
            ? {
                label: t('cascade.ask.department'),
                placeholder:
                  editingItem && 'departmentId' in editingItem
                    ? (departmentNames.get(editingItem.departmentId ?? '') ?? '')
                    : '',
                prompt: t('cascade.ask.departmentPrompt'),
                list: DEPARTMENT_LIST_ID,
              }
            : editing.rowField === 'owner'
              ? {
                  label: t('cascade.ask.owner'),
                  placeholder: editingItem?.owner ?? t('cascade.ask.noOwner'),
                  prompt: t('cascade.ask.ownerPrompt'),
                  list: PEOPLE_LIST_ID,
                }
              : editing.department && draft
                ? {
                    label: t('cascade.ask.newDepartment', { kind: draft.kind }),
                    placeholder: t('cascade.ask.newDepartmentPlaceholder'),
                    prompt: t('cascade.ask.newDepartmentPrompt', { kind: draft.kind }),
                  }
                : undefined,
        onKeyDown: (event) => {
          event.stopPropagation();
          if (event.nativeEvent.isComposing) return;
          if (editing.rowField && (event.key === 'Escape' || event.key === 'Tab')) {
            event.preventDefault();
            if (event.key === 'Escape') cancelEditing();
            return;
          }
          if (editing.department && (event.key === 'Escape' || event.key === 'Tab')) {
            event.preventDefault();
            if (event.key === 'Escape') {
              const title = editing.department.title;
              setEditing((e) => e && { ...e, department: undefined, text: title, error: null });
            }
            return;
          }
          if (event.key === 'Enter') {
            event.preventDefault();
            commitEditing();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            cancelEditing();
          } else if (event.key === 'Tab') {
            event.preventDefault();
            if (editingIndex >= 0) void moveLevel(editingIndex, event.shiftKey);
          }
        },
        onBlur: () => {
          if (moving.current || editing.department) return;
          if (editing.rowField) {
            if (!committing.current) cancelEditing();
            return;
          }
          // Leaving the editor keeps what was typed (or drops an empty draft), like any outliner.
          if (editing.key === DRAFT_KEY && editing.text.trim() === '') cancelEditing();
          else if (!committing.current && editing.error === null) commitEditing();
        },
      }
    : null;

  // A row that moved while editing lost DOM focus; give it back to the editor.
  useEffect(() => {
    if (!moving.current) return;
    moving.current = false;
    if (!editing) return;
    const input = document.querySelector<HTMLInputElement>('.orow__editor');
    if (input && document.activeElement !== input) input.focus();
  });

  // --- Requests from the palette, the menu and the inspector.

  const onRequest = useEffectEvent((r: AppRequest) => {
    if (r.type === 'add') {
      clearRequest();
      const lock = addReason(catchball, r.kind);
      if (lock) refuse(null, lock);
      else startDraft(draftFor(r.kind));
    } else if (r.type === 'find') {
      clearRequest();
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (r.type === 'edit-title' && activeRow && itemOf(activeRow)) {
      clearRequest();
      editTitle(activeRow);
    }
  });
  // A layout effect: the new item's title field must have the focus before the next key is handled, or the first
  // letters typed after "Add objective" in the palette would be lost.
  useLayoutEffect(() => {
    if (request) onRequest(request);
  }, [request]);

  // Selecting an item elsewhere (inspector links, gaps) shows it here: its rows are expanded and scrolled to.
  const shownSelection = useRef<string | null>(null);
  const reveal = useEffectEvent((s: Selection) => {
    if (s.kind === 'department') return;
    const id = `${s.kind}:${s.id}`;
    if (shownSelection.current === id) return;
    shownSelection.current = id;
    if (activeRow?.id === s.id) return;
    const path = firstRowPath(plan, s.kind, s.id);
    if (!path) return;
    setCollapsed((c) =>
      path.ancestors.some((k) => c.has(k)) ? new Set([...c].filter((k) => !path.ancestors.includes(k))) : c,
    );
    const existing = rows.find((r) => r.id === s.id && r.kind === s.kind);
    focusKey(existing?.key ?? path.key, false);
  });
  useEffect(() => {
    if (selection) reveal(selection);
  }, [selection]);

  const onActivate = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      setActiveKey(row.key);
      if (row.kind !== 'section' && !row.draft && (selection?.kind !== row.kind || selection.id !== row.id)) {
        shownSelection.current = `${row.kind}:${row.id}`;
        select({ kind: row.kind, id: row.id });
      }
    },
    [rows, select, selection],
  );
  const onToggle = useCallback((key: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const onEdit = (index: number) => {
    const row = rows[index];
    if (row) editTitle(row);
  };
  // Stable, so the filter bar (with its long owner menu) re-renders only when the filters or the rows change.
  const goToFirstMatch = useCallback(() => {
    const first = rows.find((r) => r.match && r.kind !== 'section');
    if (first) focusKey(first.key);
  }, [rows, focusKey]);

  const total = plan.objectives.length + plan.goals.length + plan.tactics.length;
  return (
    <section className="view view--cascade" aria-labelledby="cascade-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="cascade-heading" className="view__heading">
            {t('cascade.heading')}
          </h2>
          <p className="view__subtitle">
            {t('cascade.subtitle', {
              objectives: plan.objectives.length,
              goals: plan.goals.length,
              tactics: plan.tactics.length,
            })}
            {outline.filtering ? (
              <span className="view__filtered" role="status">
                {t('cascade.filtered', { matched: outline.matched, total })}
              </span>
            ) : null}
          </p>
        </div>
        <div className="view__actions">
          {(['objective', 'goal', 'tactic'] as const).map((kind) => {
            const lock = addReason(catchball, kind);
            return (
              <button
                key={kind}
                type="button"
                className="button"
                disabled={lock !== null}
                aria-describedby={lock ? 'cascade-add-lock' : undefined}
                onClick={() => startDraft(draftFor(kind))}
              >
                <PlusIcon />
                {t('cascade.add', { kind })}
              </button>
            );
          })}
          {addLock ? (
            <p className="view__lock-reason" id="cascade-add-lock">
              {t('cascade.addLock')}
            </p>
          ) : null}
        </div>
      </div>
      <OutlineFilters
        filter={filter}
        departments={plan.departments}
        owners={choices.owners}
        tags={choices.tags}
        searchRef={searchRef}
        onChange={setFilter}
        onSearchEnter={goToFirstMatch}
      />
      <datalist id={DEPARTMENT_LIST_ID}>
        {plan.departments.map((d) => (
          <option key={d.id} value={d.name} />
        ))}
      </datalist>
      <p className="legend" id="outline-help">
        {STRENGTHS.map((s) => (
          <span key={s} className="legend__item">
            <span className={`strength strength--${s}`} aria-hidden="true">
              {STRENGTH_SYMBOL[s]}
            </span>
            {STRENGTH_LABEL[s]}
          </span>
        ))}
        <span className="legend__keys">{t('cascade.keys')}</span>
      </p>
      {rows.length === 0 ? (
        <div className="empty-state">
          {outline.filtering ? (
            <p>{t('cascade.noMatch')}</p>
          ) : (
            <>
              <p>{t('cascade.empty')}</p>
              {/* A new plan starts ready: the focus waits here, so the first Enter starts typing. */}
              <button
                type="button"
                className="button button--primary"
                autoFocus
                disabled={addLock !== null}
                onClick={() => startDraft(draftFor('objective'))}
              >
                {t('cascade.addFirst')}
              </button>
            </>
          )}
        </div>
      ) : (
        <OutlineTree
          rows={rows}
          activeIndex={activeIndex}
          selectedId={selection && selection.kind !== 'department' ? selection.id : null}
          scrollRequest={scrollRequest}
          editingKey={editing?.key ?? null}
          editor={editor}
          flags={flags}
          noteCounts={noteCounts}
          departmentNames={departmentNames}
          index={index}
          label={t('cascade.outline')}
          describedBy="outline-help"
          onActivate={onActivate}
          onRowKeyDown={onRowKeyDown}
          onToggle={onToggle}
          onEdit={onEdit}
        />
      )}
    </section>
  );
}

/** The filter menus' owners and tags; the same arrays while their content is the same, so the menus do not redraw. */
function useStableChoices(plan: PlanDocument) {
  const [kept, setKept] = useState(() => filterChoices(plan));
  const next = useMemo(() => filterChoices(plan), [plan]);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(kept.owners, next.owners) || !same(kept.tags, next.tags)) {
    setKept(next);
    return next;
  }
  return kept;
}
