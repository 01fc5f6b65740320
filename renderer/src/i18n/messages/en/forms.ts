/** Shared form pieces: renaming a person everywhere. English, the source. */
export const forms = {
  'rename.done':
    '{count, plural, one {Renamed {from} to {to} in # place.} other {Renamed {from} to {to} in # places.}}',
  'rename.open': 'Rename {person} everywhere…',
  'rename.form': 'Rename {person} everywhere',
  'rename.label': 'New name for {person}',
  'rename.note':
    '{count, plural, one {Every owner and head named {person} (# place) takes the new name; one undo step.} other {Every owner and head named {person} (# places) takes the new name; one undo step.}}',
  'rename.submit': 'Rename',
  'rename.cancel': 'Cancel',
} satisfies Record<string, string>;
