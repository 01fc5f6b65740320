import { describe, expect, it } from 'vitest';
import { indentTarget, outdentTarget } from '../../renderer/src/outline/indent.ts';
import { focusAfterRemoval, outlineCommand, parentIndex } from '../../renderer/src/outline/keyboard.ts';
import { buildOutline, UNALIGNED_KEY, type OutlineRow } from '../../renderer/src/outline/rows.ts';
import { goal, objective, planDoc, tactic } from '../helpers/plans.ts';

function rows(collapsed: string[] = []): OutlineRow[] {
  const plan = planDoc({
    objectives: [objective('o1'), objective('o2')],
    goals: [
      goal('g1', [{ objectiveId: 'o1', strength: 'strong' }]),
      goal('g2', [{ objectiveId: 'o1', strength: 'strong' }]),
      goal('g3', []),
      goal('g4', []),
    ],
    tactics: [
      tactic('t1', [{ goalId: 'g1', strength: 'strong' }]),
      tactic('t2', [{ goalId: 'g1', strength: 'strong' }]),
      tactic('t3', [{ goalId: 'g3', strength: 'strong' }]),
      tactic('t4', []),
    ],
  });
  return buildOutline(plan, { collapsed: new Set(collapsed) }).rows;
}
// 0 o1, 1 o1/g1, 2 o1/g1/t1, 3 o1/g1/t2, 4 o1/g2, 5 o2, 6 §unaligned, 7 §/g3, 8 §/g3/t3, 9 §/g4, 10 §/t4
const at = (r: OutlineRow[], key: string) => r.findIndex((x) => x.key === key);
const key = (k: string, shift = false, modifier = false) => ({ key: k, shift, modifier });

describe('outline keys', () => {
  it('sets the link strength with 1, 2 and 3 on a row listed under a parent, only there', () => {
    const r = rows();
    expect(outlineCommand(r, 1, key('1'))).toEqual({ type: 'strength', strength: 'strong' });
    expect(outlineCommand(r, 2, key('2'))).toEqual({ type: 'strength', strength: 'medium' });
    expect(outlineCommand(r, 4, key('3'))).toEqual({ type: 'strength', strength: 'weak' });
    expect(outlineCommand(r, 0, key('1'))).toEqual({ type: 'none' }); // an objective has no parent link
    expect(outlineCommand(r, at(r, `${UNALIGNED_KEY}/g3`), key('2'))).toEqual({ type: 'none' }); // supports nothing
    expect(outlineCommand(r, 1, key('4'))).toEqual({ type: 'none' });
  });

  it('types the owner with O on any item and the department with D on a goal or tactic, not with a modifier', () => {
    const r = rows();
    expect(outlineCommand(r, 0, key('o'))).toEqual({ type: 'owner' });
    expect(outlineCommand(r, 2, key('O', true))).toEqual({ type: 'owner' });
    expect(outlineCommand(r, 1, key('d'))).toEqual({ type: 'department' });
    expect(outlineCommand(r, 2, key('D', true))).toEqual({ type: 'department' });
    expect(outlineCommand(r, 0, key('d'))).toEqual({ type: 'none' }); // an objective has no department
    expect(outlineCommand(r, at(r, UNALIGNED_KEY), key('o'))).toEqual({ type: 'none' }); // a section is no item
    expect(outlineCommand(r, 1, key('d', false, true)).type).not.toBe('department'); // Ctrl+D is the app's
  });

  it('moves among siblings with Alt+Up and Alt+Down, skipping subtrees, never across parents', () => {
    const r = rows();
    const alt = (k: string) => ({ key: k, shift: false, modifier: true, alt: true });
    expect(outlineCommand(r, at(r, 'o1/g2'), alt('ArrowUp'))).toEqual({ type: 'move', siblingIndex: at(r, 'o1/g1') });
    expect(outlineCommand(r, at(r, 'o1/g1'), alt('ArrowDown'))).toEqual({ type: 'move', siblingIndex: at(r, 'o1/g2') });
    expect(outlineCommand(r, at(r, 'o1/g1'), alt('ArrowUp'))).toEqual({ type: 'none' });
    expect(outlineCommand(r, at(r, 'o1/g2'), alt('ArrowDown'))).toEqual({ type: 'none' });
    expect(outlineCommand(r, at(r, 'o1/g1/t2'), alt('ArrowUp'))).toEqual({
      type: 'move',
      siblingIndex: at(r, 'o1/g1/t1'),
    });
    expect(outlineCommand(r, 0, alt('ArrowDown'))).toEqual({ type: 'move', siblingIndex: at(r, 'o2') });
    expect(outlineCommand(r, at(r, UNALIGNED_KEY), alt('ArrowUp'))).toEqual({ type: 'none' });
  });

  it('deletes with Backspace as with Delete (the Mac keyboard has no Delete key)', () => {
    const r = rows();
    expect(outlineCommand(r, 1, key('Backspace'))).toEqual({ type: 'delete' });
    expect(outlineCommand(r, at(r, UNALIGNED_KEY), key('Backspace'))).toEqual({ type: 'none' });
  });

  it('moves with Up, Down, Home and End', () => {
    const r = rows();
    expect(outlineCommand(r, 0, key('ArrowDown'))).toEqual({ type: 'focus', index: 1 });
    expect(outlineCommand(r, 1, key('ArrowUp'))).toEqual({ type: 'focus', index: 0 });
    expect(outlineCommand(r, 0, key('ArrowUp'))).toEqual({ type: 'none' });
    expect(outlineCommand(r, r.length - 1, key('ArrowDown'))).toEqual({ type: 'none' });
    expect(outlineCommand(r, 3, key('Home'))).toEqual({ type: 'focus', index: 0 });
    expect(outlineCommand(r, 3, key('End'))).toEqual({ type: 'focus', index: r.length - 1 });
  });

  it('expands and collapses with Right and Left, and moves to the child or the parent', () => {
    const open = rows();
    expect(outlineCommand(open, 1, key('ArrowRight'))).toEqual({ type: 'focus', index: 2 });
    expect(outlineCommand(open, 1, key('ArrowLeft'))).toEqual({ type: 'collapse', key: 'o1/g1' });
    expect(outlineCommand(open, 3, key('ArrowLeft'))).toEqual({ type: 'focus', index: 1 });
    expect(outlineCommand(open, 3, key('ArrowRight'))).toEqual({ type: 'none' });
    const closed = rows(['o1/g1']);
    expect(outlineCommand(closed, 1, key('ArrowRight'))).toEqual({ type: 'expand', key: 'o1/g1' });
    expect(outlineCommand(closed, 1, key('ArrowLeft'))).toEqual({ type: 'focus', index: 0 });
  });

  it('maps the editor keys, and leaves keys with Ctrl, Cmd or Alt to the app', () => {
    const r = rows();
    expect(outlineCommand(r, 1, key('Enter'))).toEqual({ type: 'new-sibling' });
    expect(outlineCommand(r, 1, key('F2'))).toEqual({ type: 'edit' });
    expect(outlineCommand(r, 1, key('Delete'))).toEqual({ type: 'delete' });
    expect(outlineCommand(r, 1, key('Tab'))).toEqual({ type: 'indent' });
    expect(outlineCommand(r, 1, key('Tab', true))).toEqual({ type: 'outdent' });
    expect(outlineCommand(r, 1, key('z', false, true))).toEqual({ type: 'none' });
    const section = at(r, UNALIGNED_KEY);
    expect(outlineCommand(r, section, key('Enter'))).toEqual({ type: 'none' });
    expect(outlineCommand(r, section, key('Delete'))).toEqual({ type: 'none' });
  });

  it('finds the parent row and where focus goes after a removal', () => {
    const r = rows();
    expect(parentIndex(r, 3)).toBe(1);
    expect(parentIndex(r, 0)).toBe(-1);
    expect(focusAfterRemoval(r, 1)).toBe('o1/g2');
    expect(focusAfterRemoval(r, r.length - 1)).toBe(r[r.length - 2]!.key);
  });
});

describe('Tab and Shift+Tab', () => {
  it('make an objective a goal of the objective above it, and back', () => {
    const r = rows();
    expect(indentTarget(r, at(r, 'o2'))).toEqual({ ok: true, to: 'goal', parentId: 'o1', parentKey: 'o1' });
    expect(indentTarget(r, at(r, 'o1'))).toMatchObject({ ok: false });
    expect(outdentTarget(r, at(r, 'o1'))).toMatchObject({ ok: false });
    expect(outdentTarget(r, at(r, 'o1/g2'))).toEqual({
      ok: true,
      to: 'objective',
      parentId: null,
      parentKey: null,
      afterId: 'o1',
    });
  });

  it('make a goal a tactic of the goal above it (skipping that goal’s tactics), and back', () => {
    const r = rows();
    expect(indentTarget(r, at(r, 'o1/g2'))).toEqual({ ok: true, to: 'tactic', parentId: 'g1', parentKey: 'o1/g1' });
    expect(indentTarget(r, at(r, 'o1/g1'))).toMatchObject({ ok: false });
    expect(outdentTarget(r, at(r, 'o1/g1/t2'))).toEqual({
      ok: true,
      to: 'goal',
      parentId: 'o1',
      parentKey: 'o1',
      afterId: 'g1',
    });
    expect(indentTarget(r, at(r, 'o1/g1/t2'))).toMatchObject({ ok: false, reason: expect.stringContaining('lowest') });
  });

  it('work in the Unaligned section where the cascade allows it', () => {
    const r = rows();
    expect(indentTarget(r, at(r, `${UNALIGNED_KEY}/g4`))).toEqual({
      ok: true,
      to: 'tactic',
      parentId: 'g3',
      parentKey: `${UNALIGNED_KEY}/g3`,
    });
    expect(outdentTarget(r, at(r, `${UNALIGNED_KEY}/g3`))).toMatchObject({
      ok: true,
      to: 'objective',
      afterId: undefined,
    });
    // A tactic under an unaligned goal, or an unaligned tactic, has no objective to become a goal under.
    expect(outdentTarget(r, at(r, `${UNALIGNED_KEY}/g3/t3`))).toMatchObject({ ok: false });
    expect(outdentTarget(r, at(r, `${UNALIGNED_KEY}/t4`))).toMatchObject({ ok: false });
  });
});
