import { useMemo } from 'react';
import type { PlanDocument } from '../../../contract/plan-format.ts';

/** The id every owner and head field names in its `list` attribute. */
export const PEOPLE_LIST_ID = 'plan-people';

/**
 * Everyone named so far in the plan (owners of objectives, goals, tactics and countermeasures, heads of
 * departments), once each, sorted in the reader's collation: typing "Am" in any owner field offers "Amara Okafor",
 * so a typo does not create a new "owner". Names differing only in case or surrounding spaces are one person.
 */
export function planPeople(plan: PlanDocument): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string | null | undefined) => {
    const trimmed = name?.trim();
    if (!trimmed) return;
    const key = trimmed.toLocaleLowerCase();
    if (!byKey.has(key)) byKey.set(key, trimmed);
  };
  for (const d of plan.departments) add(d.head);
  for (const x of [...plan.objectives, ...plan.goals, ...plan.tactics]) add(x.owner);
  for (const c of plan.review?.countermeasures ?? []) add(c.owner);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** The one <datalist> of people, rendered once in the layout; every owner field points at it. */
export function PeopleList({ plan }: { plan: PlanDocument | null }) {
  const people = useMemo(() => (plan ? planPeople(plan) : []), [plan]);
  return (
    <datalist id={PEOPLE_LIST_ID}>
      {people.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
