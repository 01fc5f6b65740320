import type { InjectedReport } from '../../../contract/report.ts';

declare global {
  interface Window {
    /** Set before the page loads by whoever prints it (`hoshin report --logo`, via an init script). */
    hoshinReportInput?: { logo?: string | null; preparedOn?: string };
    /** Defined by report.html when opened with `source=inject`: the Electron shell hands the plan in here. */
    hoshinReport?: { render(report: InjectedReport): void };
  }
}

export {};
