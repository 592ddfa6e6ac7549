// Svelte 5 with Vite: custom elements need no option; Svelte sets a property
// when the element has one (`data`, `article`, `links`, `limit`), else an attribute.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  // This example is one script on a page of its own (index.html loads dist/main.js),
  // which loads the elements' on-demand parts from beside it.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { input: 'src/main.ts', output: { entryFileNames: 'main.js' } },
  },
  logLevel: 'warn',
});
