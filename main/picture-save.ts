import fs from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { PictureFile } from './picture-file.ts';

/** Asks where to save the picture (beside the plan file by default), writes it; the file written, or null. */
export async function savePicture(
  parent: BrowserWindow | null,
  folder: string,
  picture: PictureFile,
): Promise<string | null> {
  const options = {
    defaultPath: path.join(folder, picture.fileName),
    filters: [
      picture.kind === 'svg'
        ? { name: 'SVG drawing', extensions: ['svg'] }
        : { name: 'PNG image', extensions: ['png'] },
    ],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  try {
    await fs.writeFile(choice.filePath, picture.data);
    return choice.filePath;
  } catch (err) {
    const failure = {
      type: 'error' as const,
      message: 'The picture could not be written.',
      detail: err instanceof Error ? err.message : String(err),
      buttons: ['OK'],
    };
    if (parent) await dialog.showMessageBox(parent, failure);
    else await dialog.showMessageBox(failure);
    return null;
  }
}
