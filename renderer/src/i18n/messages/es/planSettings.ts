import type { planSettings as english } from '../en/planSettings.ts';

export const planSettings: Record<keyof typeof english, string> = {
  'planSettings.weekStart': 'Las semanas empiezan el',
  'planSettings.weekStartHint':
    'El primer día de la semana para este plan; viaja con el archivo del plan y sus exportaciones.',
  'planSettings.fiscalYearStart': 'El año fiscal empieza en',
  'planSettings.fiscalYearStartHint':
    'Un plan sin periodo abarca el año fiscal; el plan del año siguiente empieza en este mes.',
};
