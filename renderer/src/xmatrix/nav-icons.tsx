/** Nav rail icons for the X-matrix and review views, drawn like components/icons.tsx (24-unit grid, text colour). */
const svgProps = {
  className: 'icon',
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.75,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const XMatrixIcon = () => (
  <svg {...svgProps}>
    <rect x="3" y="3" width="18" height="18" rx="2" />
    <path d="M3 3l18 18M21 3L3 21" />
  </svg>
);

export const ReviewIcon = () => (
  <svg {...svgProps}>
    <path d="M4 20V4M4 20h16" />
    <path d="M7 15l4-4 3 3 5-6" />
  </svg>
);
