/**
 * What the desktop shell tells the page beyond the API: native menu commands. In Electron, menu accelerators
 * (Ctrl+Z, F5, …) reach the menu before the page, so the menu forwards them here; in web mode the page handles
 * the same keys itself. The preload exposes `window.hoshinShell`.
 */
import type { PlanDocument } from './plan-format.ts';
import type { CarryMode } from './rollover.ts';

export const MENU_COMMANDS = [
  'undo',
  'redo',
  'find',
  'command-palette',
  'toggle-presentation',
  'export-picture',
  'send-draft',
  'merge-draft',
  'start-next-year',
  'import-file',
  'connect-team',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface HoshinShell {
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Opens a `.hoshin` file dropped on the window (the main process checks it and reports a bad file). */
  openFile(file: File): void;
  /** Asks where to save a draft for the department and writes it; resolves to the file, or null if cancelled. */
  sendDraft(departmentId: string): Promise<string | null>;
  /** Asks for a returned draft and reads it; resolves to its plan JSON (with the draft block), or null. */
  chooseDraft(): Promise<PlanDocument | null>;
  /**
   * Asks where to save, then writes the plan report as a PDF (`query`: the report options, see contract/report.ts)
   * or the plan as an Excel workbook; resolves to the file written, or null if cancelled.
   */
  exportReport(kind: ExportKind, query: string): Promise<string | null>;
  /**
   * File > Start Next Year's Plan…: asks where to save, writes next year's plan from the open one (which is only
   * read) and offers to open it; resolves to the file written, or null if cancelled or refused (main shows why).
   */
  startNextYear(period: string, carry: CarryMode): Promise<string | null>;
  /**
   * Asks where to save a picture the page drew (Export picture…: an SVG document or a PNG, `fileName` the suggested
   * name ending in .svg or .png) and writes it; resolves to the file written, or null if cancelled. The desktop
   * refuses browser downloads, so this is the page's way to save a file it made.
   */
  savePicture(fileName: string, data: Uint8Array): Promise<string | null>;
  /**
   * File > Connect to a Team Plan…: opens the team server's sign-in page (`address` as the page's dialog took it,
   * see contract/team-connection.ts) in a window of its own; resolves to null once it is open, or to a sentence
   * saying why not.
   */
  connectTeam(address: string): Promise<string | null>;
}

export type ExportKind = 'pdf' | 'xlsx';

export const MENU_COMMAND_CHANNEL = 'hoshin-shell:menu-command';
export const OPEN_FILE_CHANNEL = 'hoshin-shell:open-file';
export const SEND_DRAFT_CHANNEL = 'hoshin-shell:send-draft';
export const CHOOSE_DRAFT_CHANNEL = 'hoshin-shell:choose-draft';
export const EXPORT_REPORT_CHANNEL = 'hoshin-shell:export-report';
export const START_NEXT_YEAR_CHANNEL = 'hoshin-shell:start-next-year';
export const SAVE_PICTURE_CHANNEL = 'hoshin-shell:save-picture';
export const CONNECT_TEAM_CHANNEL = 'hoshin-shell:connect-team';
