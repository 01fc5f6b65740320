/**
 * Labels of undo steps, as the Edit menu shows them: "Undo Add objective O3 'Lift NPS'". The verb is the
 * operation's OPERATION_META label; an operation whose result does not name an item declares its own `describe`.
 */
export function changeLabel(verb: string, result: unknown): string {
  const named = result as { code?: unknown; title?: unknown; name?: unknown } | null;
  if (named && typeof named === 'object') {
    if (typeof named.code === 'string' && typeof named.title === 'string')
      return `${verb} ${named.code} '${named.title}'`;
    if (typeof named.name === 'string') return `${verb} '${named.name}'`;
    if (typeof named.title === 'string') return `${verb} '${named.title}'`;
  }
  return verb;
}
