import { reportPages } from './reportPages.ts';
import { report } from './report.ts';
import { forms } from './forms.ts';
import { outline } from './outline.ts';
import { palette } from './palette.ts';
import { importWizard } from './importWizard.ts';
import { gaps } from './gaps.ts';
import { nextYear } from './nextYear.ts';
import { catchball } from './catchball.ts';
import { common } from './common.ts';
import { inspector } from './inspector.ts';
import { review } from './review.ts';
import { model } from './model.ts';
import { departments } from './departments.ts';
import { shell } from './shell.ts';
import { tree } from './tree.ts';
import { xmatrix } from './xmatrix.ts';
import { activity } from './activity.ts';
import { serviceText } from './serviceText.ts';
import { cascade } from './cascade.ts';
import { planSettings } from './planSettings.ts';
import { errors } from './errors.ts';

/** Every area's catalogue in this language; each must hold exactly the English area's keys (the compiler checks). */
export const es = {
  ...shell,
  ...common,
  ...tree,
  ...inspector,
  ...xmatrix,
  ...activity,
  ...catchball,
  ...review,
  ...model,
  ...departments,
  ...nextYear,
  ...gaps,
  ...importWizard,
  ...palette,
  ...outline,
  ...forms,
  ...report,
  ...reportPages,
  ...serviceText,
  ...cascade,
  ...planSettings,
  ...errors,
};
