import { useMemo, useState } from 'react';
import type { GapReport } from '../../../../contract/gaps.ts';
import type { PlanDocument, Strength } from '../../../../contract/plan-format.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { StrengthChoice } from './StrengthChoice.tsx';
import { t } from '../../i18n/intl.ts';

interface Candidate {
  id: string;
  code: string;
  title: string;
  note: string;
  /** Sorted first: same department as the item being linked. */
  near: boolean;
}

type Kind = 'tactic-goal' | 'goal-objective' | 'annual-breakthrough';

/** The link kinds as the catalogue's select keys (ICU keys take no hyphen). */
const SELECTOR: Record<Kind, string> = {
  'tactic-goal': 'tacticGoal',
  'goal-objective': 'goalObjective',
  'annual-breakthrough': 'annualBreakthrough',
};

/**
 * "Link to a goal…" (a tactic), "Link to an objective…" (a goal), "Link to a breakthrough objective…" (an annual
 * objective), or, `reverse`, "Link an annual objective to it…" (a breakthrough): search, choose, set the strength.
 * Orphaned goals are not offered: linking to one would not make anything trace to an objective.
 */
export function LinkFix({
  plan,
  gaps,
  kind,
  itemId,
  reverse = false,
  onDone,
}: {
  plan: PlanDocument;
  gaps: GapReport | null;
  kind: Kind;
  itemId: string;
  /** The item is the link's target (a breakthrough); the choice is its source (an annual objective). */
  reverse?: boolean;
  onDone: () => void;
}) {
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [strength, setStrength] = useState<Strength>('strong');
  const { busy, error, submit } = useFix(onDone);
  const departments = useMemo(() => new Map(plan.departments.map((d) => [d.id, d.name])), [plan]);

  const candidates = useMemo<Candidate[]>(() => {
    if (kind === 'annual-breakthrough') {
      const horizon = reverse ? 'annual' : 'breakthrough';
      const linked = new Set(
        reverse
          ? plan.objectives.filter((o) => o.supports.some((s) => s.objectiveId === itemId)).map((o) => o.id)
          : plan.objectives.find((o) => o.id === itemId)?.supports.map((s) => s.objectiveId),
      );
      return plan.objectives
        .filter((o) => o.horizon === horizon && !linked.has(o.id))
        .map((o) => ({ id: o.id, code: o.code, title: o.title, note: '', near: false }));
    }
    if (kind === 'goal-objective') {
      const linked = new Set(plan.goals.find((g) => g.id === itemId)?.supports.map((s) => s.objectiveId));
      return plan.objectives
        .filter((o) => !linked.has(o.id))
        .map((o) => ({ id: o.id, code: o.code, title: o.title, note: o.horizon, near: false }));
    }
    const tactic = plan.tactics.find((x) => x.id === itemId);
    const linked = new Set(tactic?.supports.map((s) => s.goalId));
    const orphans = new Set(gaps?.orphanedGoals ?? []);
    return plan.goals
      .filter((g) => !linked.has(g.id) && !orphans.has(g.id))
      .map((g) => ({
        id: g.id,
        code: g.code,
        title: g.title,
        note: departments.get(g.departmentId) ?? '',
        near: g.departmentId === tactic?.departmentId,
      }))
      .sort((a, b) => Number(b.near) - Number(a.near));
  }, [plan, gaps, kind, itemId, reverse, departments]);

  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = candidates.filter((c) =>
    terms.every((term) => `${c.code} ${c.title} ${c.note}`.toLowerCase().includes(term)),
  );
  const selector = SELECTOR[kind];
  const what = reverse ? 'reverse' : selector;

  return (
    <FixFrame
      label={reverse ? t('fix.linkReverse') : t('fix.link', { kind: selector })}
      busy={busy}
      error={error}
      canApply={target !== null}
      applyLabel={t('fix.linkApply')}
      onApply={() => void submit((api) => api.setLink({ kind, fromId: itemId, toId: target!, strength }))}
      onCancel={onDone}
    >
      <FixField label={t('fix.find', { kind: what })} wide>
        <input
          className="input"
          type="search"
          value={query}
          placeholder={t('fix.findPlaceholder')}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
      </FixField>
      <fieldset className="fix__choices">
        <legend className="visually-hidden">{t('fix.choose', { kind: what })}</legend>
        {shown.length === 0 ? <p className="muted">{t('fix.noMatch', { kind: what })}</p> : null}
        {shown.map((c) => (
          <label key={c.id} className={c.id === target ? 'fix__choice is-active' : 'fix__choice'}>
            <input type="radio" name="target" value={c.id} checked={c.id === target} onChange={() => setTarget(c.id)} />
            <span className="code">{c.code}</span>
            <span className="fix__choice-title">{c.title}</span>
            <span className="fix__choice-note">{c.note}</span>
          </label>
        ))}
      </fieldset>
      <StrengthChoice value={strength} onChange={setStrength} />
    </FixFrame>
  );
}
