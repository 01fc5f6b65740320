import type { DeleteEffect } from '../../../contract/api.ts';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "Deleted goal CS-1 with 2 tactics and 5 links; 1 item now traces to no objective." */
export function deletedMessage(effect: DeleteEffect, label: string): string {
  const parts: string[] = [];
  if (effect.goals.length) parts.push(plural(effect.goals.length, 'goal'));
  if (effect.tactics.length) parts.push(plural(effect.tactics.length, 'tactic'));
  if (effect.links.length) parts.push(plural(effect.links.length, 'link'));
  let text = `Deleted ${label}`;
  if (parts.length === 1) text += ` with ${parts[0]}`;
  else if (parts.length > 1) text += ` with ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const orphaned = effect.newlyOrphaned.length;
  if (orphaned > 0) text += `; ${plural(orphaned, 'item')} now ${orphaned === 1 ? 'traces' : 'trace'} to no objective`;
  return `${text}.`;
}
