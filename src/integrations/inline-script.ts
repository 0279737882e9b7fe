import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

const suffix = '?inline-script';

/**
 * Vite plugin: `import code from './x.ts?inline-script'` gives x.ts with its imports bundled and
 * minified into one string, for an inline <script> whose CSP hash is computed from that string.
 * Inline scripts are written as readable TypeScript and shipped as small as the hand-minified
 * one-liners they replace.
 */
export default function inlineScript(): Plugin {
  return {
    name: 'port-atlas:inline-script',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = id.slice(0, -suffix.length);
      this.addWatchFile(file);
      // Modules shared with the site (src/lib/urls.ts) read import.meta.env; an inline script has none.
      const bundle = await rolldown({ input: file, platform: 'browser', transform: { define: { 'import.meta.env': 'undefined' } } });
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: true });
        return `export default ${JSON.stringify(output[0].code.trim())};`;
      } finally {
        await bundle.close();
      }
    },
  };
}
