import { t } from '../i18n/intl.ts';

/**
 * A chosen or dropped file -> what previewImport / importFile take: its name and its bytes as base64. Nothing
 * is parsed here: the service reads the file with the importer's own readers (the same as `hoshin import`).
 */
export interface Upload {
  source: string;
  data: string;
}

/**
 * The largest file the operation takes: contract/api.ts's MAX_IMPORT_UPLOAD_CHARS of base64, three bytes to four
 * characters (the renderer imports no values from the contract; a unit test checks that the two agree).
 */
export const MAX_UPLOAD_BYTES = 12_000_000;

export class UploadError extends Error {}

export async function readUpload(file: File): Promise<Upload> {
  if (file.size === 0) throw new UploadError(t('import.empty', { file: file.name }));
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new UploadError(t('import.tooLarge', { file: file.name, mb: Math.floor(MAX_UPLOAD_BYTES / 1_000_000) }));
  }
  return { source: file.name, data: await base64Of(file) };
}

/** The browser's own encoder (a data: URL), which is much faster than building the text in JavaScript. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () =>
      reject(
        new UploadError(
          t('import.unreadable', { file: file.name, reason: reader.error?.message ?? t('import.refused') }),
        ),
      );
    reader.readAsDataURL(file);
  });
}
