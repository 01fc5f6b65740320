import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../api/index.ts';
import { parseOptions } from './options.ts';
import { PrintApp } from './PrintApp.tsx';
import '../styles/report-print.css';

const query = new URLSearchParams(window.location.hash.replace(/^#/, ''));
const inject = query.get('source') === 'inject';
const root = document.getElementById('root');
if (!root) throw new Error('report.html must contain <div id="root">');
createRoot(root).render(
  <StrictMode>
    <PrintApp
      api={inject ? null : createApi()}
      options={parseOptions(window.location.hash)}
      inject={inject}
      autoPrint={query.get('print') === '1'}
    />
  </StrictMode>,
);
