/** An action of the command palette. */
export interface Command {
  id: string;
  label: string;
  /** "Add", "Go to", "Edit", "File", "View". */
  group: string;
  shortcut?: string;
  /** Other words that should find it ("new" for Add, "dark" for the theme). */
  keywords?: string;
  /** Why it cannot run now; a disabled command is listed with this note. */
  disabled?: string;
  run: () => void;
}

/**
 * Commands whose group, label or keywords contain every word typed, in any order. Best first: the label starts
 * with the query, then "group label" does ("go to gaps"), then a word of it starts with the first word typed;
 * otherwise the given order is kept.
 */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const q = query.trim().toLowerCase();
  const first = words[0]!;
  const hits = commands.filter((c) => {
    const text = `${c.group} ${c.label} ${c.keywords ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const rank = (c: Command) => {
    const full = `${c.group} ${c.label}`.toLowerCase();
    if (c.label.toLowerCase().startsWith(q)) return 0;
    if (full.startsWith(q)) return 1;
    return full.split(/\s+/).some((w) => w.startsWith(first)) ? 2 : 3;
  };
  return hits
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}
