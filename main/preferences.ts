/**
 * What the app remembers between runs, in one JSON file in userData: recent files, the last plan open, the theme
 * and the window's bounds. Free of Electron (the caller passes the folder); a missing or unreadable file means
 * defaults, and writes go through a temporary file so a crash never leaves half a file.
 */
import fs from 'node:fs';
import path from 'node:path';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface PreferencesData {
  recentFiles: string[];
  lastFile: string | null;
  theme: Theme;
  window: WindowState | null;
}

export const MAX_RECENT_FILES = 10;
const FILE_NAME = 'preferences.json';

export class Preferences {
  readonly file: string;
  private data: PreferencesData;

  constructor(folder: string) {
    this.file = path.join(folder, FILE_NAME);
    this.data = load(this.file);
  }

  get recentFiles(): readonly string[] {
    return this.data.recentFiles;
  }

  get lastFile(): string | null {
    return this.data.lastFile;
  }

  get theme(): Theme {
    return this.data.theme;
  }

  get window(): WindowState | null {
    return this.data.window;
  }

  /** Records `file` as the plan open now: last file, and first of the recent files. */
  opened(file: string): void {
    this.data.lastFile = file;
    this.data.recentFiles = [file, ...this.data.recentFiles.filter((f) => f !== file)].slice(0, MAX_RECENT_FILES);
    this.save();
  }

  forgetRecent(file: string): void {
    this.data.recentFiles = this.data.recentFiles.filter((f) => f !== file);
    if (this.data.lastFile === file) this.data.lastFile = null;
    this.save();
  }

  clearRecent(): void {
    this.data.recentFiles = [];
    this.save();
  }

  setTheme(theme: Theme): void {
    this.data.theme = theme;
    this.save();
  }

  setWindow(state: WindowState): void {
    this.data.window = state;
    this.save();
  }

  private save(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`);
      fs.renameSync(temp, this.file);
    } catch (err) {
      // Losing a preference is not worth interrupting the user for.
      console.error(`could not save ${this.file}:`, err);
    }
  }
}

export function defaultPreferences(): PreferencesData {
  return { recentFiles: [], lastFile: null, theme: 'system', window: null };
}

function load(file: string): PreferencesData {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return defaultPreferences();
  }
  return sanitize(raw);
}

/** Keeps what is well-formed from a file a person (or an older version) may have edited. */
export function sanitize(raw: unknown): PreferencesData {
  const out = defaultPreferences();
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r.recentFiles)) {
    out.recentFiles = [...new Set(r.recentFiles.filter(isNonEmptyString))].slice(0, MAX_RECENT_FILES);
  }
  if (isNonEmptyString(r.lastFile)) out.lastFile = r.lastFile;
  if (typeof r.theme === 'string' && (THEMES as readonly string[]).includes(r.theme)) out.theme = r.theme as Theme;
  out.window = sanitizeWindow(r.window);
  return out;
}

function sanitizeWindow(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const w = raw as Record<string, unknown>;
  if (!isSize(w.width) || !isSize(w.height)) return null;
  const state: WindowState = { width: w.width, height: w.height, maximized: w.maximized === true };
  if (Number.isInteger(w.x) && Number.isInteger(w.y)) {
    state.x = w.x as number;
    state.y = w.y as number;
  }
  return state;
}

function isSize(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 200 && (v as number) <= 100_000;
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}
