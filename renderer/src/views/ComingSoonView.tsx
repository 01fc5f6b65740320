import type { ReactNode } from 'react';

interface ComingSoonViewProps {
  id: string;
  heading: string;
  children: ReactNode;
}

/** A view whose issue is still open: says what it will be, so the rail never leads nowhere. */
export function ComingSoonView({ id, heading, children }: ComingSoonViewProps) {
  return (
    <section className="view" aria-labelledby={`${id}-heading`}>
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id={`${id}-heading`} className="view__heading">
            {heading}
          </h2>
        </div>
      </div>
      <div className="card coming-soon">
        <p className="coming-soon__badge">Coming soon</p>
        <p className="coming-soon__text">{children}</p>
      </div>
    </section>
  );
}
