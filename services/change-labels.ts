import type { DescribedText, TextMessage } from '../contract/text.ts';

/**
 * Labels of undo steps, as the Edit menu shows them: "Undo Add objective O3 'Lift NPS'". The verb is the
 * operation's OPERATION_META label; an operation whose result does not name an item declares its own `describe`.
 * Beside the English text, the label as a message (`undo.codeTitle` and the like, with the operation's name in
 * `op`), which a client says in its own language with the operation's verb from its catalogue (`undo.verb.<op>`).
 */
export function changeLabel(operation: string, verb: string, result: unknown): DescribedText {
  const named = result as { code?: unknown; title?: unknown; name?: unknown } | null;
  const message = (key: string, params: TextMessage['params'] = {}): TextMessage => ({
    key,
    params: { op: operation, ...params },
  });
  if (named && typeof named === 'object') {
    if (typeof named.code === 'string' && typeof named.title === 'string') {
      return {
        text: `${verb} ${named.code} '${named.title}'`,
        message: message('undo.codeTitle', { code: named.code, title: named.title }),
      };
    }
    if (typeof named.name === 'string')
      return { text: `${verb} '${named.name}'`, message: message('undo.named', { name: named.name }) };
    if (typeof named.title === 'string')
      return { text: `${verb} '${named.title}'`, message: message('undo.named', { name: named.title }) };
  }
  return { text: verb, message: message('undo.verb') };
}

/** A label given as English only (an older `describe`) or with its message. */
export function asDescribed(label: string | DescribedText): { text: string; message: TextMessage | null } {
  return typeof label === 'string' ? { text: label, message: null } : label;
}
