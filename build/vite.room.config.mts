import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/*
 * Room mode's pages, the participant's and the scribe's: their own small bundle with no React,
 * served by the room's servers in main from dist/room (the server sends their CSP as a header).
 * Absolute asset paths, since the scribe page lives at /scribe.
 */
const root = fileURLToPath(new URL('../renderer/room', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/room', import.meta.url)),
    emptyOutDir: true,
    // A phone's browser may be a few years old; nothing here needs newer.
    target: 'es2020',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        participant: fileURLToPath(new URL('../renderer/room/participant.html', import.meta.url)),
        scribe: fileURLToPath(new URL('../renderer/room/scribe.html', import.meta.url)),
      },
    },
  },
});
