/** The monthly review: actuals loaded from a file. English, the source. */
export const review = {
  'actuals.action.create': 'New',
  'actuals.action.update': 'Changed',
  'actuals.action.unchanged': 'Unchanged',
  'actuals.action.error': 'Error',
  'actuals.loaded': '{count, plural, one {Loaded # value from {file}.} other {Loaded # values from {file}.}}',
  'actuals.nothingLoaded': 'Nothing to load: every value in {file} is already in the plan.',
  'actuals.choose': 'Load actuals from file…',
  'actuals.drop': 'or drop a CSV or Excel file here',
  'actuals.file': 'Actuals file',
  'actuals.heading': 'Actuals from {file}',
  'actuals.summary':
    '{create, plural, one {# new value} other {# new values}}, {update, plural, one {# changed value} other {# changed values}}, {unchanged, plural, other {# unchanged}}.',
  'actuals.summaryErrors':
    '{create, plural, one {# new value} other {# new values}}, {update, plural, one {# changed value} other {# changed values}}, {unchanged, plural, other {# unchanged}}, {errors, plural, one {# row} other {# rows}} in error. Nothing is loaded while a row has an error: correct the file and choose it again.',
  'actuals.col.row': 'Row',
  'actuals.col.kpi': 'KPI',
  'actuals.col.month': 'Month',
  'actuals.col.value': 'Value',
  'actuals.col.what': 'What happens',
  'actuals.load': '{count, plural, one {Load # value} other {Load # values}}',
  'actuals.nothing': 'Nothing to load',
  'actuals.tooLarge': '{file} is larger than 20 MB: that is no file of actuals.',
  'actuals.notXlsx': '{file} is not an Excel workbook (.xlsx): save it from Excel as "Excel Workbook" and choose that.',
  'actuals.notCsv': '{file} is neither a CSV file nor an Excel workbook (.xlsx).',
  'actuals.damaged':
    '{file} could not be read as an Excel workbook: the file is damaged or is no workbook (open it in Excel and save it again).',
  'review.runChart':
    '{count, plural, one {Run chart of {code}: plan line and # actual} other {Run chart of {code}: plan line and # actuals}}',
  'review.runChartEmpty': '{chart} (no data)',
} satisfies Record<string, string>;
