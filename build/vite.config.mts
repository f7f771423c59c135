import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

const root = fileURLToPath(new URL('../renderer', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/** Puts the same CSP the protocol sends into the page itself, as a second line of defence. */
function cspMeta(): Plugin {
  // frame-ancestors is ignored in a meta tag, so it stays header-only.
  const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'audit-workshop-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [cspMeta()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
  },
});
