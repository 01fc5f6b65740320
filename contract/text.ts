/**
 * A sentence the service layer makes (a gap finding, its fix, an undo label), as a catalogue key and its
 * arguments, so a client says it in its own language. It stands beside the English text (`message`, `label`,
 * `undoLabel`), which stays the contract for the CLI and for clients that do not translate.
 *
 * Arguments are plain strings and numbers; by name, `due` and any name ending in `Date` hold an ISO date (YYYY-MM-DD) and `month` a month
 * (YYYY-MM), `actual` and `plan` a KPI's values (numbers), which a client formats in its own locale. The keys are the renderer's catalogue keys
 * (renderer/src/i18n/messages/<language>/serviceText.ts).
 */
export interface TextMessage {
  key: string;
  params: Record<string, string | number>;
}

/** A label in English and as a message (what a `describe` of an operation may answer). */
export interface DescribedText {
  text: string;
  message: TextMessage;
}

export const textMessage = (key: string, params: Record<string, string | number> = {}): TextMessage => ({
  key,
  params,
});
