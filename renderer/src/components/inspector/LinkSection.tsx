import { useId } from 'react';
import type { LinkKind } from '../../../../contract/api.ts';
import type { Strength } from '../../../../contract/plan-format.ts';
import { useFieldLock, withLock } from '../../forms/field-lock.ts';
import { StrengthSelect } from '../../forms/StrengthSelect.tsx';
import { useAppActions, type SelectableKind } from '../../state/app-context.ts';
import { CloseIcon } from '../icons.tsx';
import { StrengthMark } from '../marks.tsx';
import { LinkSearch, type LinkCandidate } from './LinkSearch.tsx';
import { asSentence } from '../../domain/draft-lock.ts';
import { t } from '../../i18n/intl.ts';

export interface LinkEntry {
  /** The item at the other end. */
  id: string;
  code: string;
  title: string;
  strength: Strength;
}

interface LinkSectionProps {
  heading: string;
  /** Kind of the items listed (what a click selects). */
  otherKind: SelectableKind;
  links: readonly LinkEntry[];
  empty: string;
  /** The contract's link: which end is "from" (the supporter) depends on the direction listed. */
  linkKind: LinkKind;
  /** The inspected item is the supporter ("from") or the supported ("to"). */
  inspectedIs: 'from' | 'to';
  inspectedId: string;
  candidates: readonly LinkCandidate[];
  searchLabel: string;
  searchRef?: (el: HTMLInputElement | null) => void;
  /** Why the link to this item cannot change (a department draft: another department's tactic), or null. */
  lockOf?: (otherId: string) => string | null;
}

/**
 * One direction of an item's links: each with its strength (● ○ △, changeable), a way to remove it, and a search
 * to add one. Every change is one undo step.
 */
export function LinkSection(props: LinkSectionProps) {
  const { heading, otherKind, links, empty, linkKind, inspectedIs, inspectedId, candidates, searchLabel } = props;
  const { run, select, notify, reportError } = useAppActions();
  const lock = useFieldLock();
  const headingId = useId();
  /** The reason a link's controls are disabled: the whole panel's, else this link's own. */
  const linkLock = (otherId: string) => lock?.reason ?? props.lockOf?.(otherId) ?? null;
  const ends = (otherId: string) =>
    inspectedIs === 'from' ? { fromId: inspectedId, toId: otherId } : { fromId: otherId, toId: inspectedId };

  const setStrength = (otherId: string, strength: Strength) =>
    run('setLink', { kind: linkKind, ...ends(otherId), strength }).catch(reportError);
  const remove = (link: LinkEntry) =>
    run('removeLink', { kind: linkKind, ...ends(link.id) }).then(
      () => notify({ message: t('inspector.link.removed', { code: link.code }), undoable: true }),
      reportError,
    );
  const linked = new Set(links.map((l) => l.id));
  const open = candidates.filter((c) => !linked.has(c.id) && c.id !== inspectedId);

  return (
    <section className="inspector__section" aria-labelledby={headingId}>
      <h4 id={headingId} className="inspector__subheading">
        {heading} <span className="inspector__count">{links.length}</span>
      </h4>
      {links.length === 0 ? (
        <p className="muted inspector__none">{empty}</p>
      ) : (
        <ul className="link-list">
          {links.map((link) => {
            const locked = linkLock(link.id);
            return (
              <li key={link.id} className="link-list__item" data-link-to={link.id}>
                <StrengthMark strength={link.strength} />
                <button
                  type="button"
                  className="link-list__target"
                  onClick={() => select({ kind: otherKind, id: link.id })}
                  title={t('inspector.link.inspect', { code: link.code })}
                >
                  <span className="code">{link.code}</span>
                  <span className="link-list__title">{link.title}</span>
                </button>
                <StrengthSelect
                  label={t('inspector.link.strengthOf', { code: link.code })}
                  value={link.strength}
                  disabled={locked !== null}
                  onChange={(s) => void setStrength(link.id, s)}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('inspector.link.remove', { code: link.code })}
                  title={locked ? asSentence(locked) : t('inspector.link.remove', { code: link.code })}
                  disabled={locked !== null}
                  onClick={() => void remove(link)}
                >
                  <CloseIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <LinkSearch
        label={searchLabel}
        candidates={open}
        inputRef={props.searchRef}
        disabled={lock !== null}
        describedBy={withLock(undefined, lock)}
        onPick={(otherId, strength) =>
          run('setLink', { kind: linkKind, ...ends(otherId), strength }).catch(reportError)
        }
      />
    </section>
  );
}
