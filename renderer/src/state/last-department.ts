const STORAGE_KEY = 'hoshin.lastDepartment';

/** The department a new goal or tactic last went to, remembered for this tab's session. */
export function readLastDepartment(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeLastDepartment(id: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Remembered for this page's life only.
  }
}
