import { describe, expect, it } from 'vitest';
import { buildCommands, type CommandDeps } from '../../renderer/src/domain/app-commands.ts';
import { matchCommands } from '../../renderer/src/domain/commands.ts';
import { deletedMessage } from '../../renderer/src/domain/delete-message.ts';

const noop = () => {};
const deps = (over: Partial<CommandDeps> = {}): CommandDeps => ({
  route: 'cascade',
  theme: 'light',
  presenting: false,
  webMode: true,
  history: null,
  selection: null,
  goTo: noop,
  add: noop,
  link: noop,
  rename: noop,
  deleteSelected: null,
  undo: noop,
  redo: noop,
  find: noop,
  toggleTheme: noop,
  togglePresentation: noop,
  download: noop,
  exportJson: noop,
  ...over,
});

describe('command palette', () => {
  it('offers every action: add, link, go to a view, export, switch theme', () => {
    const labels = buildCommands(deps()).map((c) => c.label);
    for (const label of [
      'Add objective',
      'Add goal',
      'Add tactic',
      'Link the selected item…',
      'Tree',
      'Gaps',
      'Export plan JSON',
      'Download a copy of the plan file',
      'Switch to the dark theme',
      'Presentation mode',
    ]) {
      expect(labels).toContain(label);
    }
  });

  it('lists what cannot run now as disabled, saying why', () => {
    const commands = buildCommands(deps());
    expect(commands.find((c) => c.id === 'link')?.disabled).toMatch(/Select/);
    expect(commands.find((c) => c.id === 'open')?.disabled).toMatch(/web mode/);
    expect(commands.find((c) => c.id === 'go-cascade')?.disabled).toBeTruthy();
    const desktop = buildCommands(deps({ webMode: false, selection: { kind: 'goal', id: 'g1' } }));
    expect(desktop.find((c) => c.id === 'open')?.disabled).toMatch(/File menu/);
    expect(desktop.some((c) => c.id === 'download')).toBe(false);
    expect(desktop.find((c) => c.id === 'link')?.disabled).toBeUndefined();
  });

  it('finds commands by any words of their group, label or keywords, label prefixes first', () => {
    const commands = buildCommands(deps());
    expect(matchCommands(commands, 'goal add').map((c) => c.id)).toEqual(['add-goal']);
    expect(matchCommands(commands, 'dark')[0]?.id).toBe('theme');
    expect(matchCommands(commands, 'gaps')[0]?.id).toBe('go-gaps');
    expect(matchCommands(commands, 'go')[0]?.id).toBe('go-plan');
    expect(matchCommands(commands, 'go to tree')[0]?.id).toBe('go-tree');
    expect(matchCommands(commands, '').length).toBe(commands.length);
    expect(matchCommands(commands, 'nothing like this')).toEqual([]);
  });
});

describe('deletedMessage', () => {
  it('says what went with the item and what is left orphaned', () => {
    const effect = {
      kind: 'goal' as const,
      id: 'g1',
      goals: [],
      tactics: ['t1', 't2'],
      links: [
        { kind: 'goal-objective' as const, fromId: 'g1', toId: 'o1', strength: 'strong' as const },
        { kind: 'tactic-goal' as const, fromId: 't1', toId: 'g1', strength: 'strong' as const },
      ],
      newlyOrphaned: ['t1'],
      summary: '',
    };
    expect(deletedMessage(effect, 'goal CS-1')).toBe(
      'Deleted goal CS-1 with 2 tactics and 2 links; 1 item now traces to no objective.',
    );
    expect(deletedMessage({ ...effect, tactics: [], links: [], newlyOrphaned: [] }, 'tactic T1')).toBe(
      'Deleted tactic T1.',
    );
  });
});
