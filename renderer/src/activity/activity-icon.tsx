/** The nav rail's activity icon (a pulse line), drawn like components/icons.tsx (24-unit grid, text colour). */
export const ActivityIcon = () => (
  <svg
    className="icon"
    width={20}
    height={20}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.75}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
    focusable={false}
  >
    <path d="M3 12h4l3-7 4 14 3-7h4" />
  </svg>
);
