/** Human codes for new items ("O4", "CS-3", "CS-3.2"): the next free number after the highest in use. */
export function nextCode(prefix: string, existing: Iterable<string>): string {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let highest = 0;
  for (const code of existing) {
    const m = pattern.exec(code);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `${prefix}${highest + 1}`;
}

/** "Customer Success" -> "CS", "Support" -> "SUP", "IT" -> "IT". */
export function departmentPrefix(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return 'D';
  if (words.length === 1) return words[0]!.slice(0, 3).toUpperCase();
  return words
    .slice(0, 4)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
