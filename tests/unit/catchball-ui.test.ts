/** The renderer's catchball helpers: what a department draft shows read only, and how notes are counted. */
import { describe, expect, it } from 'vitest';
import type { Note, PlanDocument } from '../../contract/plan-format.ts';
import { buildCommands, type CommandDeps } from '../../renderer/src/domain/app-commands.ts';
import {
  addReason,
  LEADERSHIP_REASON,
  linkLock,
  lockReason,
  plainRefusal,
  type DraftScope,
} from '../../renderer/src/domain/draft-lock.ts';
import type { Finding } from '../../contract/gaps.ts';
import { fixLock } from '../../renderer/src/gaps/fix-lock.ts';
import { noteSubjects, notesOf, openNoteCounts, openNotesLabel, sortNotes } from '../../renderer/src/domain/notes.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const support: DraftScope = {
  departmentId: 'd-support',
  departmentName: 'Support',
  planTitle: 'CX 2027',
  issuedAt: '2027-01-05T09:00:00.000Z',
};

const note = (over: Partial<Note>): Note => ({
  id: 'n1',
  itemId: 'o1',
  kind: 'question',
  text: 'Why?',
  author: null,
  createdAt: '2027-01-06T10:00:00.000Z',
  answer: null,
  answeredBy: null,
  answeredAt: null,
  departmentId: null,
  ...over,
});

describe('draft locks', () => {
  it('locks nothing in the master plan', () => {
    expect(lockReason(null, { kind: 'objective' })).toBeNull();
    expect(lockReason(null, { kind: 'goal', departmentId: 'd-sales' })).toBeNull();
    expect(addReason(null, 'objective')).toBeNull();
    expect(linkLock(null, { kind: 'annual-breakthrough', fromId: 'o1' }, () => undefined)).toBeNull();
  });

  it("locks leadership's parts with the reason the issue names", () => {
    expect(LEADERSHIP_REASON).toBe('Set by leadership: add a note to propose a change');
    for (const kind of ['plan', 'department', 'objective'] as const) {
      expect(lockReason(support, { kind })).toBe(LEADERSHIP_REASON);
    }
    expect(addReason(support, 'objective')).toBe(LEADERSHIP_REASON);
  });

  it("keeps the draft's own goals and tactics editable and names the owner of another department's", () => {
    expect(lockReason(support, { kind: 'goal', departmentId: 'd-support' })).toBeNull();
    expect(lockReason(support, { kind: 'tactic', departmentId: 'd-support' })).toBeNull();
    expect(addReason(support, 'goal')).toBeNull();
    expect(addReason(support, 'tactic')).toBeNull();
    expect(lockReason(support, { kind: 'goal', departmentId: 'd-sales', departmentName: 'Sales' })).toBe(
      'Set by Sales: add a note to propose a change',
    );
  });

  it('guards a link by the item at its lower end, as the service does', () => {
    const departmentOf = (id: string) =>
      ({ 'g-sup-1': { id: 'd-support', name: 'Support' }, 'g-cs-1': { id: 'd-cs', name: 'Customer Success' } })[id];
    expect(linkLock(support, { kind: 'goal-objective', fromId: 'g-sup-1' }, departmentOf)).toBeNull();
    expect(linkLock(support, { kind: 'goal-objective', fromId: 'g-cs-1' }, departmentOf)).toBe(
      'Set by Customer Success: add a note to propose a change',
    );
    expect(linkLock(support, { kind: 'annual-breakthrough', fromId: 'o2' }, departmentOf)).toBe(LEADERSHIP_REASON);
  });

  it('words a read-only refusal plainly, never with its code, and leaves other errors as they are', () => {
    const shown = plainRefusal('read_only', 'the objectives is read only here (read_only)', support);
    expect(shown).toBe('This part of the plan is read only in Support’s draft: add a note to propose a change.');
    expect(shown).not.toMatch(/read_only|is read only here/);
    expect(plainRefusal('invalid_input', 'The title cannot be blank.', support)).toBe('The title cannot be blank.');
  });

  it("disables the palette's add objective, rename, link and delete with the reason in a draft", () => {
    const noop = () => {};
    const deps: CommandDeps = {
      route: 'cascade',
      theme: 'light',
      presenting: false,
      webMode: true,
      history: null,
      selection: { kind: 'objective', id: 'o1' },
      lock: LEADERSHIP_REASON,
      addLock: (kind) => addReason(support, kind),
      goTo: noop,
      add: noop,
      link: noop,
      rename: noop,
      deleteSelected: noop,
      undo: noop,
      redo: noop,
      find: noop,
      toggleTheme: noop,
      togglePresentation: noop,
      download: noop,
      exportJson: noop,
    };
    const byId = new Map(buildCommands(deps).map((c) => [c.id, c]));
    const reason = `${LEADERSHIP_REASON}.`;
    expect(byId.get('add-objective')?.disabled).toBe(reason);
    expect(byId.get('rename')?.disabled).toBe(reason);
    expect(byId.get('link')?.disabled).toBe(reason);
    expect(byId.get('delete')?.disabled).toBe(reason);
    expect(byId.get('add-goal')?.disabled).toBeUndefined();
    expect(byId.get('add-tactic')?.disabled).toBeUndefined();
  });
});

describe('notes', () => {
  const notes = [
    note({ id: 'a', itemId: 'o1', createdAt: '2027-01-07T00:00:00.000Z' }),
    note({ id: 'b', itemId: 'o1', createdAt: '2027-01-06T00:00:00.000Z', answer: 'Yes' }),
    note({ id: 'c', itemId: 'g-sup-1', kind: 'proposal' }),
    note({ id: 'd', itemId: 'o1', createdAt: '2027-01-05T00:00:00.000Z' }),
  ];

  it('counts only open notes, per item', () => {
    const counts = openNoteCounts(notes);
    expect(counts.get('o1')).toBe(2);
    expect(counts.get('g-sup-1')).toBe(1);
    expect(counts.has('o2')).toBe(false);
    expect(openNotesLabel(1)).toBe('1 open note');
    expect(openNotesLabel(3)).toBe('3 open notes');
  });

  it("lists an item's notes oldest first, and the panel's with open ones first", () => {
    expect(notesOf(notes, 'o1').map((n) => n.id)).toEqual(['d', 'b', 'a']);
    expect(sortNotes(notes).map((n) => n.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('names what a note is about by code and title, with the department of goals and tactics', () => {
    const plan: PlanDocument = samplePlanDocument();
    const subjects = noteSubjects(plan);
    const o = plan.objectives[0]!;
    expect(subjects.get(o.id)).toEqual({ kind: 'objective', code: o.code, title: o.title, departmentId: null });
    expect(subjects.get('g-sup-1')).toMatchObject({ kind: 'goal', code: 'SUP-1', departmentId: 'd-support' });
  });
});

describe('gap fixes in a draft', () => {
  const plan = samplePlanDocument();
  const finding = (over: Partial<Finding> & Pick<Finding, 'fix' | 'id' | 'itemKind'>): Finding =>
    ({ kind: 'missing_owner', severity: 'warning', message: 'm', rule: 'r', ...over }) as Finding;

  it('allows fixes that change only what the draft may change', () => {
    const ownGoal = finding({ id: 'g-sup-1', itemKind: 'goal', fix: { action: 'assign_owner', label: 'Assign' } });
    expect(fixLock(support, ownGoal, plan)).toBeNull();
    const newGoal = finding({ id: 'o3', itemKind: 'objective', fix: { action: 'create_goal', label: 'Create' } });
    expect(fixLock(support, newGoal, plan)).toBeNull();
    expect(
      fixLock(
        null,
        finding({ id: 'o3', itemKind: 'objective', fix: { action: 'set_kpi_target', label: 'Set' } }),
        plan,
      ),
    ).toBeNull();
  });

  it("locks fixes of leadership's and other departments' items, with the reason", () => {
    const target = finding({ id: 'o3', itemKind: 'objective', fix: { action: 'set_kpi_target', label: 'Set' } });
    expect(fixLock(support, target, plan)).toBe(LEADERSHIP_REASON);
    const owner = finding({ id: 'o3', itemKind: 'objective', fix: { action: 'assign_owner', label: 'Assign' } });
    expect(fixLock(support, owner, plan)).toBe(LEADERSHIP_REASON);
    const other = finding({ id: 'g-cs-1', itemKind: 'goal', fix: { action: 'link_to_objective', label: 'Link' } });
    expect(fixLock(support, other, plan)).toBe('Set by Customer Success: add a note to propose a change');
  });
});
