import { describe, expect, it } from 'vitest';
import { formatProblems, lintLessonPairs, lintPortNotes } from '../../gates/lib/content-lint';

// The sources need no build: this runs with the unit tests, beside the build.
describe('English and Korean sources', () => {
  it('every lesson names the same ports, addresses and RFCs in English and Korean', () => {
    const problems = lintLessonPairs('content/lessons');
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('every port note names the same ports, addresses and RFCs in English and Korean', () => {
    const problems = lintPortNotes('content/ports');
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
