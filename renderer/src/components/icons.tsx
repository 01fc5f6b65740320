import type { ReactNode } from 'react';

/** Line icons drawn on a 24-unit grid; they take the text colour and stay hidden from assistive technology. */
function Icon({ children, size = 20 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PlanIcon = () => (
  <Icon>
    <path d="M7 3h7l5 5v13H7z" />
    <path d="M14 3v5h5" />
    <path d="M10 13h6M10 17h4" />
  </Icon>
);

export const CascadeIcon = () => (
  <Icon>
    <rect x="3" y="3" width="8" height="5" rx="1.5" />
    <rect x="9" y="10" width="8" height="5" rx="1.5" />
    <rect x="13" y="17" width="8" height="4" rx="1.5" />
    <path d="M6 8v4.5h3M12 15v3.5h1" />
  </Icon>
);

export const DepartmentsIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3" />
    <path d="M3.5 19c.6-3 2.8-5 5.5-5s4.9 2 5.5 5" />
    <circle cx="17" cy="9" r="2.3" />
    <path d="M16 14.2c2.3.2 3.9 1.9 4.5 4.8" />
  </Icon>
);

export const TreeIcon = () => (
  <Icon>
    <circle cx="12" cy="5" r="2" />
    <circle cx="5" cy="19" r="2" />
    <circle cx="12" cy="19" r="2" />
    <circle cx="19" cy="19" r="2" />
    <path d="M12 7v10M12 11H5v6M12 11h7v6" />
  </Icon>
);

export const GapsIcon = () => (
  <Icon>
    <path d="M10.3 4.3 2.6 18a2 2 0 0 0 1.7 3h15.4a2 2 0 0 0 1.7-3L13.7 4.3a2 2 0 0 0-3.4 0z" />
    <path d="M12 10v4M12 17.5v.01" />
  </Icon>
);

export const ReportIcon = () => (
  <Icon>
    <path d="M4 20h16" />
    <path d="M7 16v-5M12 16V7M17 16v-3" />
  </Icon>
);

export const ThemeIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="8" />
    <path d="M12 4a8 8 0 0 0 0 16z" fill="currentColor" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon size={16}>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon size={16}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);

export const AlertIcon = () => (
  <Icon size={18}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7.5v5.5M12 16.5v.01" />
  </Icon>
);

/** The app mark: a compass needle pointing up the cascade (hoshin: "compass needle"). */
export const LogoMark = () => (
  <svg className="logo-mark" width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" className="logo-mark__tile" />
    <path d="M16 5 20 16h-8z" className="logo-mark__north" />
    <path d="M16 27 12 16h8z" className="logo-mark__south" />
    <circle cx="16" cy="16" r="1.8" className="logo-mark__pivot" />
  </svg>
);
