/** Where the breakthrough objectives sit: organisations draw the X-matrix either way up. */
export type Orientation = 'bottom' | 'top';

const KEY = 'hoshin.xmatrix.orientation';

export function readOrientation(): Orientation {
  try {
    return window.localStorage.getItem(KEY) === 'top' ? 'top' : 'bottom';
  } catch {
    // Storage can be unavailable (privacy settings); the default layout still works.
    return 'bottom';
  }
}

export function writeOrientation(value: Orientation): void {
  try {
    window.localStorage.setItem(KEY, value);
  } catch {
    // Not remembering the choice is harmless.
  }
}
