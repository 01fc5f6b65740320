import type { HistoryState } from '../../../contract/api.ts';
import type { Selection } from '../state/app-context.ts';
import type { RouteName } from '../state/routes.ts';
import type { Theme } from '../state/useTheme.ts';
import type { Command } from './commands.ts';
import { asSentence } from './draft-lock.ts';

export interface CommandDeps {
  route: RouteName;
  theme: Theme;
  presenting: boolean;
  webMode: boolean;
  history: HistoryState | null;
  selection: Selection | null;
  /** Why the selected item is read only (a department draft), or null. */
  lock?: string | null;
  /** Why a new item of the kind cannot be added (an objective in a draft), or null. */
  addLock?: (kind: 'objective' | 'goal' | 'tactic') => string | null;
  goTo: (route: RouteName) => void;
  add: (kind: 'objective' | 'goal' | 'tactic') => void;
  link: () => void;
  rename: () => void;
  /** Null when nothing deletable is selected. */
  deleteSelected: (() => void) | null;
  /** Null when no goal or tactic is selected. */
  renumberSelected?: (() => void) | null;
  undo: () => void;
  redo: () => void;
  find: () => void;
  toggleTheme: () => void;
  togglePresentation: () => void;
  download: () => void;
  exportJson: () => void;
  /** Opens Start Next Year's Plan…; null in a department draft (next year starts from the master plan). */
  startNextYear?: (() => void) | null;
  /** Opens Import from Excel/CSV…; null in a department draft (an import goes into the master plan). */
  importFile?: (() => void) | null;
}

const VIEWS: readonly { route: RouteName; label: string }[] = [
  { route: 'plan', label: 'Plan' },
  { route: 'cascade', label: 'Cascade' },
  { route: 'departments', label: 'Departments' },
  { route: 'tree', label: 'Tree' },
  { route: 'gaps', label: 'Gaps' },
  { route: 'report', label: 'Report' },
];

/** Every action of the app, for the command palette. File commands a browser cannot do are listed, disabled. */
export function buildCommands(d: CommandDeps): Command[] {
  const linkable = d.selection !== null && d.selection.kind !== 'department';
  const lock = d.lock ? asSentence(d.lock) : undefined;
  const addLock = (kind: 'objective' | 'goal' | 'tactic') => {
    const reason = d.addLock?.(kind);
    return reason ? asSentence(reason) : undefined;
  };
  const fileNote = d.webMode
    ? 'Not in web mode: it serves one file. Run hoshin serve <file> for another.'
    : 'In the File menu.';
  const commands: Command[] = [
    {
      id: 'add-objective',
      group: 'Add',
      label: 'Add objective',
      keywords: 'new create',
      disabled: addLock('objective'),
      run: () => d.add('objective'),
    },
    {
      id: 'add-goal',
      group: 'Add',
      label: 'Add goal',
      keywords: 'new create department',
      disabled: addLock('goal'),
      run: () => d.add('goal'),
    },
    {
      id: 'add-tactic',
      group: 'Add',
      label: 'Add tactic',
      keywords: 'new create action',
      disabled: addLock('tactic'),
      run: () => d.add('tactic'),
    },
    {
      id: 'link',
      group: 'Edit',
      label: 'Link the selected item…',
      keywords: 'support connect strength',
      disabled: linkable ? lock : 'Select an objective, goal or tactic first.',
      run: d.link,
    },
    {
      id: 'rename',
      group: 'Edit',
      label: 'Rename the focused item',
      shortcut: 'F2',
      keywords: 'title edit',
      disabled: lock,
      run: d.rename,
    },
    {
      id: 'delete',
      group: 'Edit',
      label: 'Delete the selected item',
      shortcut: 'Delete',
      keywords: 'remove',
      disabled: d.deleteSelected ? lock : 'Select an objective, goal or tactic first.',
      run: () => d.deleteSelected?.(),
    },
    {
      id: 'renumber',
      group: 'Edit',
      label: 'Renumber the selected item where it stands',
      keywords: 'code department number move',
      disabled: d.renumberSelected ? lock : 'Select a goal or tactic first.',
      run: () => d.renumberSelected?.(),
    },
    {
      id: 'undo',
      group: 'Edit',
      label: d.history?.undoLabel ? `Undo ${d.history.undoLabel}` : 'Undo',
      shortcut: 'Ctrl+Z',
      disabled: d.history?.canUndo ? undefined : 'Nothing to undo.',
      run: d.undo,
    },
    {
      id: 'redo',
      group: 'Edit',
      label: d.history?.redoLabel ? `Redo ${d.history.redoLabel}` : 'Redo',
      shortcut: 'Ctrl+Shift+Z',
      disabled: d.history?.canRedo ? undefined : 'Nothing to redo.',
      run: d.redo,
    },
    {
      id: 'find',
      group: 'Edit',
      label: 'Find in this view',
      shortcut: 'Ctrl+F',
      keywords: 'search filter',
      run: d.find,
    },
    ...VIEWS.map((v): Command => ({
      id: `go-${v.route}`,
      group: 'Go to',
      label: v.label,
      keywords: 'view open show',
      disabled: v.route === d.route ? 'You are here.' : undefined,
      run: () => d.goTo(v.route),
    })),
    {
      id: 'theme',
      group: 'View',
      label: d.theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
      keywords: 'theme dark light colour color',
      run: d.toggleTheme,
    },
    {
      id: 'presentation',
      group: 'View',
      label: d.presenting ? 'Leave presentation mode' : 'Presentation mode',
      shortcut: 'F5',
      keywords: 'projector full screen large',
      run: d.togglePresentation,
    },
    {
      id: 'export-json',
      group: 'File',
      label: 'Export plan JSON',
      keywords: 'export download save json',
      run: d.exportJson,
    },
  ];
  if (d.startNextYear !== undefined) {
    commands.push({
      id: 'start-next-year',
      group: 'File',
      label: 'Start next year’s plan…',
      keywords: 'rollover roll over new period year carry',
      disabled: d.startNextYear
        ? undefined
        : 'Not in a department draft: next year’s plan starts from the master plan.',
      run: d.startNextYear ?? (() => {}),
    });
  }
  if (d.importFile !== undefined) {
    commands.push({
      id: 'import-file',
      group: 'File',
      label: 'Import from Excel/CSV…',
      keywords: 'import upload excel xlsx csv workbook spreadsheet x-matrix okr merge',
      disabled: d.importFile ? undefined : 'Not in a department draft: a file is imported into the master plan.',
      run: d.importFile ?? (() => {}),
    });
  }
  if (d.webMode) {
    commands.push({
      id: 'download',
      group: 'File',
      label: 'Download a copy of the plan file',
      keywords: 'export save as hoshin backup',
      run: d.download,
    });
  }
  for (const [id, label] of [
    ['new', 'New plan'],
    ['open', 'Open plan…'],
    ['open-recent', 'Open recent'],
    ['save-as', 'Save as…'],
  ] as const) {
    commands.push({ id, group: 'File', label, keywords: 'file document', disabled: fileNote, run: () => {} });
  }
  return commands;
}
