import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems, lintQuizBalance, quizQuestions } from '../../gates/lib/content-lint';

// The self-checks must test understanding, not length or position (docs/authoring.md, "Self-check").
describe('self-check questions of the real lessons', () => {
  it('give nothing away by length or position, in each language', () => {
    const problems = lintQuizBalance('content/lessons');
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('are all read by the rule (as many as the lessons hold)', () => {
    for (const lang of ['en', 'ko']) {
      const dir = `content/lessons/${lang}`;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const source = readFileSync(`${dir}/${file}`, 'utf8');
        expect(quizQuestions(file, source), `${lang}/${file}`).toHaveLength(source.match(/<Question\b/g)?.length ?? 0);
      }
    }
  });
});
