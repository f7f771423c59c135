import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Bridge } from '../shared/ipc/bridge';
import { App } from './app/App';
import { StoreProvider } from './app/store-context';
import { createApiClient } from './lib/api-client';
import { applySeverityPalette } from './lib/severity-palette';
import { applyTheme, savedTheme } from './lib/theme';
import { createAppStore } from './store/create-app-store';
import './styles/tokens.css';
import './styles/app.css';

declare global {
  interface Window {
    api: Bridge;
  }
}

applySeverityPalette(document.documentElement);
applyTheme(savedTheme());
const api = createApiClient(window.api);
const store = createAppStore(api);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store} api={api}>
      <App api={api} />
    </StoreProvider>
  </StrictMode>,
);
