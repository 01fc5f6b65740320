import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/index.ts';
import logoUrl from './assets/logo.svg';
import { App } from './App.tsx';
import { LocaleRoot } from './i18n/LocaleRoot.tsx';
import { createPlatform, PlatformContext } from './platform/platform.ts';
import { connectEffects, createPlanQueryClient } from './state/plan-queries.ts';
import { normaliseInitialRoute } from './state/routes.ts';
import { applyInitialTheme } from './state/useTheme.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/outline.css';
import './styles/views.css';
import './styles/inspector.css';
import './styles/palette.css';
import './styles/presentation.css';
import './styles/presentation-review.css';
import './report/script-fonts.ts';

applyInitialTheme();
normaliseInitialRoute();

// The tab icon in web mode; index.html stays untouched, and without a link the browser asks for /favicon.ico.
const icon = document.createElement('link');
icon.rel = 'icon';
icon.type = 'image/svg+xml';
icon.href = logoUrl;
document.head.append(icon);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
// One transport for the app's lifetime: a language switch remounts App, not the connection.
const api = createApi();
const platform = createPlatform(api);
// One cache for the page's lifetime, fed by every change's effects (state/plan-queries.ts).
const queryClient = createPlanQueryClient();
connectEffects(queryClient);
createRoot(root).render(
  <StrictMode>
    <PlatformContext value={platform}>
      <QueryClientProvider client={queryClient}>
        <LocaleRoot>
          <App api={api} />
        </LocaleRoot>
      </QueryClientProvider>
    </PlatformContext>
  </StrictMode>,
);
