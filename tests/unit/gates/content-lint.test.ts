import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lintBuiltSite,
  lintLessonPairs,
  lintPortNotes,
  lintQuizBalance,
  lintRenderedText,
  mentions,
  quizQuestions,
  renderedText,
} from '../../gates/lib/content-lint';

const fixtures = 'tests/fixtures/content-lint';

describe('rendered text', () => {
  it('keeps prose and alt text, and leaves out code, pre, script and style', () => {
    const texts = renderedText(
      '<p>Use <code>`x`</code> here</p><pre>`y`</pre><img alt="A door"><script>`z`</script><style>a{content:"`"}</style>',
    );
    expect(texts).toEqual(['Use', 'here', 'A door']);
  });

  it('decodes character references, so an escaped backtick is still a backtick', () => {
    expect(renderedText('<p>&#96;a&#x60; &amp; b</p>')).toEqual(['`a` & b']);
  });
});

describe('content lint on built pages', () => {
  const problems = lintBuiltSite(`${fixtures}/site`);
  const of = (file: string, rule: string) => problems.filter((p) => p.file === file && p.rule === rule);

  it('catches the internal word "seed" in text and in alt text', () => {
    const found = of('en/ports/80/index.html', 'internal-word').map((p) => p.detail);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('The seed table lists 80');
    expect(found[1]).toContain('A figure drawn for the seed note');
  });

  it('catches a literal backtick in prose but not inside code, pre, script or style', () => {
    const found = of('en/ports/80/index.html', 'backtick');
    expect(found).toHaveLength(1);
    expect(found[0]?.detail).toContain('Run `curl localhost:80` to check.');
  });

  it('catches bold that Markdown left as literal asterisks', () => {
    // One for each text beside the code: "**" before it and "**-style bold" after it.
    const found = of('en/ports/80/index.html', 'asterisks');
    expect(found).toHaveLength(2);
    expect(found.every((p) => p.detail.includes('literal **'))).toBe(true);
  });

  it('catches 시드 (but not 시드니), 배정 and 관례상 등록 on a Korean page', () => {
    const ko = problems.filter((p) => p.file === 'ko/ports/80/index.html');
    expect(ko.map((p) => p.rule).sort()).toEqual(['backtick', 'internal-word', 'korean-term', 'korean-term']);
    expect(ko.find((p) => p.rule === 'internal-word')?.detail).toContain('시드 노트의 표는');
    expect(ko.filter((p) => p.rule === 'korean-term').map((p) => p.detail.split('"')[1])).toEqual(['배정', '관례상 등록']);
  });

  it('reads figures too: SVG titles and labels are rendered text', () => {
    expect(problems.filter((p) => p.file === 'figures/doors.ko.svg').map((p) => p.rule)).toEqual(['internal-word', 'korean-term']);
  });

  it('catches pointers to the study note the site grew from, in both languages', () => {
    const en = of('en/lessons/nat/index.html', 'internal-word').map((p) => p.detail);
    expect(en).toHaveLength(1);
    expect(en[0]).toContain('"study note" in "The study note behind this site');
    const ko = of('ko/lessons/nat/index.html', 'internal-word').map((p) => p.detail);
    expect(ko).toHaveLength(1);
    expect(ko[0]).toContain('"학습 노트"');
  });

  it('catches the Korean terms the site decided against, and passes the ones it chose', () => {
    const found = of('ko/lessons/nat/index.html', 'korean-term').map((p) => p.detail.split('"')[1]);
    expect(found).toEqual(['변환 표', '관리기관', '통신사급', '동적/사설']);
    expect(lintRenderedText('x.html', '<p>변환 테이블, 관리 기관, 통신사 NAT, 동적·사설 포트, 변환 표준</p>')).toEqual([]);
  });

  it('passes clean text', () => {
    expect(lintRenderedText('x.html', '<p lang="ko">IANA는 80번을 http에 할당했어요. <code>`curl`</code></p>')).toEqual([]);
  });
});

describe('self-check balance', () => {
  it('reads options written with either quote, escaped quotes and brackets inside', () => {
    const [, second] = quizQuestions('one.mdx', readFileSync(`${fixtures}/quiz/bad/en/one.mdx`, 'utf8'));
    expect(second).toEqual({
      file: 'one.mdx',
      options: ['A short one', 'The right one, [::]:22, spelled out with "quotes" and more words', 'Another short one'],
      answer: 1,
    });
  });

  it('fails a set where the right option is the longest in more than a third, or one letter holds more than half', () => {
    const problems = lintQuizBalance(`${fixtures}/quiz/bad`);
    expect(problems.map((p) => [p.file, p.rule])).toEqual([
      [`${fixtures}/quiz/bad/en`, 'quiz-balance'],
      [`${fixtures}/quiz/bad/en`, 'quiz-balance'],
    ]);
    expect(problems[0]?.detail).toMatch(/^the right option is strictly the longest in 2 of 3 questions/);
    expect(problems[1]?.detail).toBe('option B is right in 3 of 3 questions (at most half may be)');
  });

  it('passes a set at the limits: the longest in exactly a third, answers spread', () => {
    expect(lintQuizBalance(`${fixtures}/quiz/good`)).toEqual([]);
  });

  it('names a question whose answer is not one of its options', () => {
    expect(() => quizQuestions('x.mdx', '<Question options={["a", "b"]} answer="1">')).toThrow(/x\.mdx/);
  });
});

describe('en/ko agreement on ports, addresses and RFCs', () => {
  it('reads numbers as values and small numbers only where they are ports', () => {
    const m = mentions('Two minutes, 65,536 ports on TCP port 7, 10.0.0.0/8 and 2001:db8::1, RFC 1918 (rfc-editor.org/rfc/rfc9110).');
    expect([...m.numbers].sort()).toEqual(['65536', '7']);
    expect([...m.addresses].sort()).toEqual(['10.0.0.0/8', '2001:db8::1']);
    expect([...m.rfcs].sort()).toEqual(['1918', '9110']);
    expect([...mentions('6만 5천 개, 10만 대, 1990년대').numbers].sort()).toEqual(['100000', '1990', '65000']);
  });

  it('flags a lesson whose languages name different ports, addresses and RFCs', () => {
    const problems = lintLessonPairs(`${fixtures}/lessons`);
    expect(problems.every((p) => p.file.endsWith('demo.mdx') && p.rule === 'en-ko-mismatch')).toBe(true);
    expect(problems.map((p) => p.detail)).toEqual([
      'numbers: only in en [8080, 7], only in ko [8081, 9]',
      'addresses: only in en [192.0.2.10], only in ko [192.0.2.11]',
      'rfcs: only in en [9110], only in ko [9111]',
    ]);
  });

  it('flags a port note whose languages disagree, and leaves references and broken files alone', () => {
    const problems = lintPortNotes(`${fixtures}/ports`);
    expect(problems).toEqual([
      { file: `${fixtures}/ports/80-demo.yaml`, rule: 'en-ko-mismatch', detail: 'numbers: only in en [443], only in ko [8443]' },
    ]);
  });

  it('finds no disagreement in the real lessons and port notes', () => {
    expect(lintLessonPairs('content/lessons')).toEqual([]);
    expect(lintPortNotes('content/ports')).toEqual([]);
  });
});
