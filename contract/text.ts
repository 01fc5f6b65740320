/**
 * A sentence the service layer makes (a gap finding, its fix, an undo label), as a catalogue key and its
 * arguments, so a client says it in its own language. It stands beside the English text (`message`, `label`,
 * `undoLabel`), which stays the contract for the CLI and for clients that do not translate.
 *
 * Arguments are plain strings and numbers. By name, `due` and any name ending in `Date` hold an ISO date
 * (YYYY-MM-DD), `month` a month (YYYY-MM), and `actual`, `plan` and `target` (when numbers) a KPI's values, which a
 * client formats in its own locale; `op` in an undo label names the operation, whose verb the client says. The
 * keys are the renderer's catalogue keys (renderer/src/i18n/messages/<language>/serviceText.ts).
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
