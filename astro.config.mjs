// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefindIndex from './src/integrations/pagefind.ts';
import finishHtml from './src/integrations/finish-html.ts';
import { lessonOutline } from './src/integrations/lesson-outline.ts';
import { inlineCodeOptions } from './src/integrations/inline-code-options.ts';
import buildSummary from './src/integrations/build-summary.ts';
import inlineScript from './src/integrations/inline-script.ts';
import { defaultLang, locales } from './src/lib/locales.ts';

/** Public URL and sub-path of the deployed site: set SITE_URL and BASE_PATH when deploying. */
const site = process.env.SITE_URL ?? 'https://port-atlas.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 8 },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: defaultLang, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: (page) => !page.endsWith('/404/'),
    }),
    pagefindIndex(),
    // After the index: it strips the data-pagefind-* attributes the indexer has just read.
    finishHtml(),
    buildSummary(),
  ],
  // lessonOutline: section links on lesson headings, and the outline the lesson page reads.
  // inlineCodeOptions: an option in inline code ("-TERM") never breaks after its hyphen.
  markdown: { syntaxHighlight: 'prism', processor: satteri({ hastPlugins: [lessonOutline(), inlineCodeOptions()] }) },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss(), inlineScript()],
    build: {
      rolldownOptions: {
        // @astrojs/mdx marks each lesson module "use astro:head-inject" for Astro's own bundling
        // step; the bundler warns that it drops the directive, which is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Lazily loaded modules (src/scripts/ui.ts) are built as standalone ES modules via ?worker&url.
    worker: { format: 'es' },
  },
});
