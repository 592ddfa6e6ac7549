// Vue 3 with Vite: the tags are custom elements for Vue's template compiler.
// In a Vite build this goes in the `vue()` plugin; `app.config.compilerOptions`
// is read by Vue's full (runtime-compiled) build only.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const tags = ['news-list', 'related-articles', 'website-links', 'article-card'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
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
