/** The name a note is signed with, remembered on this machine so it is typed once. */
const KEY = 'hoshin.noteAuthor';

export function readNoteAuthor(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeNoteAuthor(name: string): void {
  try {
    if (name.trim()) window.localStorage.setItem(KEY, name.trim());
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the name is simply not remembered.
  }
}
