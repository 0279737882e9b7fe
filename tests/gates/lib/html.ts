import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a closing slash and inlines long attribute values.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Tailwind and Astro produce class names and inline content the recommended preset would flag.
    'no-inline-style': 'error',
  },
});

/** html-validate errors of one built HTML file, as readable lines ("line:col rule: message"). */
export async function validateHtmlFile(file: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
