/** Keyboard steps, search, and the model index the tree's interactions rely on. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { ancestorKeys, indexModel } from '../../renderer/src/tree/tree-index.ts';
import { layoutTree } from '../../renderer/src/tree/tree-layout.ts';
import { buildTreeModel } from '../../renderer/src/tree/tree-model.ts';
import { neighbour, stepForKey } from '../../renderer/src/tree/tree-navigation.ts';
import { searchTree } from '../../renderer/src/tree/tree-search.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const doc = samplePlanDocument();
const model = buildTreeModel(doc, analyzeGaps(doc, '2027-01-15'));
const horizontal = layoutTree(model.root, model.secondary, new Set(), 'horizontal');

describe('keyboard steps', () => {
  it('maps arrows to the depth axis and across it, by orientation', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map((k) => stepForKey(k, 'horizontal'))).toEqual([
      'parent',
      'child',
      'previous',
      'next',
    ]);
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].map((k) => stepForKey(k, 'vertical'))).toEqual([
      'parent',
      'child',
      'previous',
      'next',
    ]);
    expect(stepForKey('a', 'horizontal')).toBeNull();
  });

  it('moves to the parent, the first child, and the neighbours on the same level (across branches)', () => {
    const key = (id: string) => horizontal.byId.get(id)!.key;
    expect(neighbour(horizontal, key('g-cs-1'), 'parent')?.item.id).toBe('o1');
    expect(neighbour(horizontal, key('g-cs-1'), 'child')?.item.id).toBe('t-cs-1-1');
    expect(neighbour(horizontal, key('t-cs-1-1'), 'next')?.item.id).toBe('t-cs-1-2');
    // The last tactic of CS-1 steps on to the first of CS-2: neighbours by position, not just siblings.
    expect(neighbour(horizontal, key('t-cs-1-3'), 'next')?.item.id).toBe('t-cs-2-1');
    expect(neighbour(horizontal, 'plan', 'parent')).toBeNull();
    expect(neighbour(horizontal, 'plan', 'previous')).toBeNull();
    expect(neighbour(horizontal, key('t-cs-1-1'), 'child')).toBeNull();
  });

  it('does not step into a collapsed node', () => {
    const collapsed = layoutTree(model.root, model.secondary, new Set(['plan/o1']), 'horizontal');
    expect(neighbour(collapsed, 'plan/o1', 'child')).toBeNull();
  });
});

describe('search', () => {
  it('matches code, title and owner, every term, case-insensitively, in tree order', () => {
    expect(searchTree(model.root, 'cs-1.')).toEqual(['g-cs-1/t-cs-1-1', 'g-cs-1/t-cs-1-2', 'g-cs-1/t-cs-1-3']);
    expect(searchTree(model.root, 'CHATBOT pilot')).toEqual(['unaligned/t-it-ai-1']);
    expect(searchTree(model.root, 'Yuki chatbot')).toEqual(['unaligned/t-it-ai-1']);
    expect(searchTree(model.root, '   ')).toEqual([]);
    expect(searchTree(model.root, 'unaligned')).toEqual([]);
  });
});

describe('model index', () => {
  it('finds every item’s key and the keys above it, collapsed or not', () => {
    const index = indexModel(model.root);
    expect(index.keyById.get('t-mkt-2-1')).toBe('g-mkt-2/t-mkt-2-1');
    expect(ancestorKeys(index, 'g-mkt-2/t-mkt-2-1')).toEqual(['unaligned/g-mkt-2', 'unaligned', 'plan']);
    expect(index.gapKeys).toEqual({
      orphanGoal: ['unaligned/g-mkt-2'],
      orphanTactic: ['g-mkt-2/t-mkt-2-1', 'unaligned/t-it-ai-1'],
      uncovered: ['plan/o5'],
      unexecuted: [],
    });
  });
});
