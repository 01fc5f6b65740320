import { ComingSoonView } from './ComingSoonView.tsx';

export function ReportView() {
  return (
    <ComingSoonView id="report" heading="Report">
      A printable plan report and X-matrix for people who will never open the app, exported to PDF and Excel.
    </ComingSoonView>
  );
}
