import type { review as english } from '../en/review.ts';

export const review: Record<keyof typeof english, string> = {
  'actuals.action.create': 'Nuevo',
  'actuals.action.update': 'Cambiado',
  'actuals.action.unchanged': 'Sin cambios',
  'actuals.action.error': 'Error',
  'actuals.loaded': '{count, plural, one {Se cargó # valor de {file}.} other {Se cargaron # valores de {file}.}}',
  'actuals.nothingLoaded': 'Nada que cargar: todos los valores de {file} ya están en el plan.',
  'actuals.choose': 'Cargar reales desde un archivo…',
  'actuals.drop': 'o suelte aquí un archivo CSV o Excel',
  'actuals.file': 'Archivo de reales',
  'actuals.heading': 'Reales de {file}',
  'actuals.summary':
    '{create, plural, one {# valor nuevo} other {# valores nuevos}}, {update, plural, one {# valor cambiado} other {# valores cambiados}}, {unchanged, plural, other {# sin cambios}}.',
  'actuals.summaryErrors':
    '{create, plural, one {# valor nuevo} other {# valores nuevos}}, {update, plural, one {# valor cambiado} other {# valores cambiados}}, {unchanged, plural, other {# sin cambios}}, {errors, plural, one {# fila con error} other {# filas con error}}. No se carga nada mientras una fila tenga un error: corrija el archivo y vuelva a elegirlo.',
  'actuals.col.row': 'Fila',
  'actuals.col.kpi': 'KPI',
  'actuals.col.month': 'Mes',
  'actuals.col.value': 'Valor',
  'actuals.col.what': 'Qué ocurre',
  'actuals.load': '{count, plural, one {Cargar # valor} other {Cargar # valores}}',
  'actuals.nothing': 'Nada que cargar',
  'actuals.tooLarge': '{file} supera los 20 MB: no es un archivo de reales.',
  'actuals.notXlsx': '{file} no es un libro de Excel (.xlsx): guárdelo desde Excel como «Libro de Excel» y elija ese.',
  'actuals.notCsv': '{file} no es un archivo CSV ni un libro de Excel (.xlsx).',
  'actuals.damaged':
    'No se pudo leer {file} como libro de Excel: el archivo está dañado o no es un libro (ábralo en Excel y guárdelo de nuevo).',
  'review.runChart':
    '{count, plural, one {Gráfico de evolución de {code}: línea del plan y # real} other {Gráfico de evolución de {code}: línea del plan y # reales}}',
  'review.runChartEmpty': '{chart} (sin datos)',
};
