/** Small line icons for SVG cards, drawn on a 16-unit grid at (x, y); they take the current text colour. */
interface IconProps {
  x: number;
  y: number;
  size?: number;
}

const frame = (x: number, y: number, size: number) => `translate(${x},${y}) scale(${size / 16})`;

/** Alarm: a warning triangle (orphans and the Unaligned branch). */
export function WarningGlyph({ x, y, size = 16 }: IconProps) {
  return (
    <g className="tree-glyph" transform={frame(x, y, size)} aria-hidden="true">
      <path d="M8 1.5 15 14.5H1z" />
      <path d="M8 6v4M8 12.2v.1" />
    </g>
  );
}

/** Uncovered: an empty circle struck through (nobody carries it). */
export function EmptyGlyph({ x, y, size = 16 }: IconProps) {
  return (
    <g className="tree-glyph" transform={frame(x, y, size)} aria-hidden="true">
      <circle cx="8" cy="8" r="6" />
      <path d="M3.5 12.5 12.5 3.5" />
    </g>
  );
}

/** Unexecuted: a pause sign (carried on paper, nothing under way). */
export function PauseGlyph({ x, y, size = 16 }: IconProps) {
  return (
    <g className="tree-glyph" transform={frame(x, y, size)} aria-hidden="true">
      <circle cx="8" cy="8" r="6.5" />
      <path d="M6.2 5.2v5.6M9.8 5.2v5.6" />
    </g>
  );
}
