import type { HistoryState } from '../../../contract/api.ts';
import type { Selection } from '../state/app-context.ts';
import type { RouteName } from '../state/routes.ts';
import type { Theme } from '../state/useTheme.ts';
import type { Command } from './commands.ts';
import { asSentence } from './draft-lock.ts';
import { t } from '../i18n/intl.ts';
import { historyText } from '../i18n/service-text.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

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
  /** File > Connect to a Team Plan…: asks for the server's address. */
  connectTeam?: () => void;
}

const VIEWS: readonly { route: RouteName; label: MessageKey }[] = [
  { route: 'plan', label: 'nav.plan' },
  { route: 'cascade', label: 'nav.cascade' },
  { route: 'departments', label: 'nav.departments' },
  { route: 'tree', label: 'nav.tree' },
  { route: 'gaps', label: 'nav.gaps' },
  { route: 'report', label: 'nav.report' },
];

/** Every action of the app, for the command palette. File commands a browser cannot do are listed, disabled. */
export function buildCommands(d: CommandDeps): Command[] {
  const linkable = d.selection !== null && d.selection.kind !== 'department';
  const lock = d.lock ? asSentence(d.lock) : undefined;
  const addLock = (kind: 'objective' | 'goal' | 'tactic') => {
    const reason = d.addLock?.(kind);
    return reason ? asSentence(reason) : undefined;
  };
  const fileNote = d.webMode ? t('cmd.fileWeb') : t('cmd.fileDesktop');
  const add = t('cmd.group.add');
  const edit = t('cmd.group.edit');
  const file = t('cmd.group.file');
  const commands: Command[] = [
    {
      id: 'add-objective',
      group: add,
      label: t('cmd.addObjective'),
      keywords: 'new create',
      disabled: addLock('objective'),
      run: () => d.add('objective'),
    },
    {
      id: 'add-goal',
      group: add,
      label: t('cmd.addGoal'),
      keywords: 'new create department',
      disabled: addLock('goal'),
      run: () => d.add('goal'),
    },
    {
      id: 'add-tactic',
      group: add,
      label: t('cmd.addTactic'),
      keywords: 'new create action',
      disabled: addLock('tactic'),
      run: () => d.add('tactic'),
    },
    {
      id: 'link',
      group: edit,
      label: t('cmd.link'),
      keywords: 'support connect strength',
      disabled: linkable ? lock : t('cmd.selectItem'),
      run: d.link,
    },
    {
      id: 'rename',
      group: edit,
      label: t('cmd.rename'),
      shortcut: 'F2',
      keywords: 'title edit',
      disabled: lock,
      run: d.rename,
    },
    {
      id: 'delete',
      group: edit,
      label: t('cmd.delete'),
      shortcut: 'Delete',
      keywords: 'remove',
      disabled: d.deleteSelected ? lock : t('cmd.selectItem'),
      run: () => d.deleteSelected?.(),
    },
    {
      id: 'renumber',
      group: edit,
      label: t('cmd.renumber'),
      keywords: 'code department number move',
      disabled: d.renumberSelected ? lock : t('cmd.selectGoalOrTactic'),
      run: () => d.renumberSelected?.(),
    },
    {
      id: 'undo',
      group: edit,
      label: d.history?.undoLabel
        ? t('cmd.undoThis', { change: historyText(d.history.undoMessage, d.history.undoLabel) })
        : t('cmd.undo'),
      shortcut: 'Ctrl+Z',
      disabled: d.history?.canUndo ? undefined : t('cmd.nothingToUndo'),
      run: d.undo,
    },
    {
      id: 'redo',
      group: edit,
      label: d.history?.redoLabel
        ? t('cmd.redoThis', { change: historyText(d.history.redoMessage, d.history.redoLabel) })
        : t('cmd.redo'),
      shortcut: 'Ctrl+Shift+Z',
      disabled: d.history?.canRedo ? undefined : t('cmd.nothingToRedo'),
      run: d.redo,
    },
    {
      id: 'find',
      group: edit,
      label: t('cmd.find'),
      shortcut: 'Ctrl+F',
      keywords: 'search filter',
      run: d.find,
    },
    ...VIEWS.map((v): Command => ({
      id: `go-${v.route}`,
      group: t('cmd.group.goTo'),
      label: t(v.label),
      keywords: 'view open show',
      disabled: v.route === d.route ? t('cmd.here') : undefined,
      run: () => d.goTo(v.route),
    })),
    {
      id: 'theme',
      group: t('cmd.group.view'),
      label: d.theme === 'dark' ? t('cmd.toLight') : t('cmd.toDark'),
      keywords: 'theme dark light colour color',
      run: d.toggleTheme,
    },
    {
      id: 'presentation',
      group: t('cmd.group.view'),
      label: d.presenting ? t('cmd.leavePresentation') : t('cmd.presentation'),
      shortcut: 'F5',
      keywords: 'projector full screen large',
      run: d.togglePresentation,
    },
    {
      id: 'export-json',
      group: file,
      label: t('cmd.exportJson'),
      keywords: 'export download save json',
      run: d.exportJson,
    },
  ];
  if (d.startNextYear !== undefined) {
    commands.push({
      id: 'start-next-year',
      group: file,
      label: t('cmd.nextYear'),
      keywords: 'rollover roll over new period year carry',
      disabled: d.startNextYear ? undefined : t('cmd.nextYearDraft'),
      run: d.startNextYear ?? (() => {}),
    });
  }
  if (d.importFile !== undefined) {
    commands.push({
      id: 'import-file',
      group: file,
      label: t('cmd.import'),
      keywords: 'import upload excel xlsx csv workbook spreadsheet x-matrix okr merge',
      disabled: d.importFile ? undefined : t('cmd.importDraft'),
      run: d.importFile ?? (() => {}),
    });
  }
  if (d.connectTeam) {
    commands.push({
      id: 'connect-team',
      group: file,
      label: t('teamConnect.cmd'),
      keywords: 'team server connect sign in login shared online postgres organisation',
      run: d.connectTeam,
    });
  }
  if (d.webMode) {
    commands.push({
      id: 'download',
      group: file,
      label: t('cmd.download'),
      keywords: 'export save as hoshin backup',
      run: d.download,
    });
  }
  for (const [id, label] of [
    ['new', 'cmd.new'],
    ['open', 'cmd.open'],
    ['open-recent', 'cmd.openRecent'],
    ['save-as', 'cmd.saveAs'],
  ] as const) {
    commands.push({ id, group: file, label: t(label), keywords: 'file document', disabled: fileNote, run: () => {} });
  }
  return commands;
}
