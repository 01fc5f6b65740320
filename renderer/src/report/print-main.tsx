import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../api/index.ts';
import { parseOptions } from './options.ts';
import { PrintApp } from './PrintApp.tsx';
import { setLocale } from '../i18n/intl.ts';
import { isLocale } from '../i18n/locales.ts';
import '../styles/report-print.css';

const query = new URLSearchParams(window.location.hash.replace(/^#/, ''));
const inject = query.get('source') === 'inject';
const options = parseOptions(window.location.hash);
// One locale per report (`hoshin report --locale`): its text, page numbers, dates and numbers, for this page only.
if (isLocale(options.locale)) {
  setLocale(options.locale, { remember: false });
  document.documentElement.lang = options.locale;
}
const root = document.getElementById('root');
if (!root) throw new Error('report.html must contain <div id="root">');
createRoot(root).render(
  <StrictMode>
    <PrintApp
      api={inject ? null : createApi()}
      options={options}
      inject={inject}
      autoPrint={query.get('print') === '1'}
    />
  </StrictMode>,
);
