/**
 * Fill patterns of the gap marks. Each mark has its own pattern as well as its own colour, line style, icon and
 * words, so it survives colour blindness and greyscale printing. Ids are unique: one tree per page.
 */
export function TreeDefs() {
  return (
    <defs>
      <pattern
        id="tree-hatch-orphan"
        patternUnits="userSpaceOnUse"
        width="10"
        height="10"
        patternTransform="rotate(45)"
      >
        <rect className="tree-pattern__base tree-pattern--orphan" width="10" height="10" />
        <rect className="tree-pattern__line tree-pattern--orphan" width="4" height="10" />
      </pattern>
      <pattern id="tree-hatch-uncovered" patternUnits="userSpaceOnUse" width="8" height="8">
        <rect className="tree-pattern__base tree-pattern--uncovered" width="8" height="8" />
        <circle className="tree-pattern__line tree-pattern--uncovered" cx="4" cy="4" r="1.6" />
      </pattern>
      <pattern id="tree-hatch-unexecuted" patternUnits="userSpaceOnUse" width="8" height="8">
        <rect className="tree-pattern__base tree-pattern--unexecuted" width="8" height="8" />
        <rect className="tree-pattern__line tree-pattern--unexecuted" width="8" height="3" />
      </pattern>
    </defs>
  );
}
