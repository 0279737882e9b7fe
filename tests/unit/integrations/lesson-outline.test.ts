import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { lessonOutline } from '../../../src/integrations/lesson-outline';
import { answerSentence, type LessonOutline } from '../../../src/lib/lesson-outline';
import { useTranslations } from '../../../src/i18n';

async function compile(source: string, path = '/site/content/lessons/ko/example.mdx') {
  const astro = {
    frontmatter: {} as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const data = { astro };
  const result = mdxToJs(source, {
    hastPlugins: [lessonOutline()],
    fileURL: pathToFileURL(path),
    data,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  return { code: result.code, outline: astro.frontmatter.outline as LessonOutline | undefined };
}

const lesson = `<h2 id="three-ranges">세 범위</h2>

Text.

<h3 id="why">왜 <Port n={80} />일까?</h3>

<Quiz>
  <Question options={["하나", "둘"]} answer={1} explain="둘이 맞아요.">
    <Port n={8080} />번 포트는?
  </Question>
</Quiz>
`;

describe('lessonOutline', async () => {
  it('records sections in order with their depth and plain text', async () => {
    expect((await compile(lesson)).outline?.sections).toEqual([
      { depth: 2, id: 'three-ranges', text: '세 범위' },
      { depth: 3, id: 'why', text: '왜 80일까?' },
    ]);
  });

  it('records each question with its answer and explanation', async () => {
    expect((await compile(lesson)).outline?.answers).toEqual([{ options: ['하나', '둘'], answer: 1, explain: '둘이 맞아요.' }]);
  });

  it('wraps each heading with a self-link and a copy button named by the heading', async () => {
    const { code } = await compile(lesson);
    expect(code).toContain('href: "#three-ranges"');
    expect(code).toContain('"aria-labelledby": "hx-c three-ranges"');
  });

  it('leaves files outside content/lessons alone', async () => {
    const { code, outline } = await compile(lesson, '/site/content/other/example.mdx');
    expect(outline).toBeUndefined();
    expect(code).not.toContain('hx-link');
  });

  it('names the file and the field when a question is malformed', async () => {
    const bad = '<Question options={["a", "b"]} answer={2} explain="x">Q?</Question>\n';
    await expect(compile(bad, '/site/content/lessons/en/broken.mdx')).rejects.toThrow(/broken\.mdx: <Question> answer must be/);
  });
});

describe('answerSentence', () => {
  it('ends the right option with a full stop, so the explanation after it starts a new sentence', () => {
    expect(answerSentence(1, '서버의 TCP 22번 포트')).toBe('B. 서버의 TCP 22번 포트.');
    expect(answerSentence(0, 'TCP port 22 on a server')).toBe('A. TCP port 22 on a server.');
  });

  it('adds no second stop to an option that already ends a sentence', () => {
    expect(answerSentence(2, 'RST가 바로 와요.')).toBe('C. RST가 바로 와요.');
    expect(answerSentence(3, 'Is it open?')).toBe('D. Is it open?');
    expect(answerSentence(0, 'User Ports (registered)')).toBe('A. User Ports (registered).');
  });

  it('reads as "정답: B. … ." then the explanation in the page and in the printed key, in both languages', () => {
    const ko = useTranslations('ko');
    const en = useTranslations('en');
    const option = answerSentence(1, '서버의 TCP 22번 포트');
    expect(`${ko('quiz.answer', { option })} TCP 22번 포트는…`).toBe('정답: B. 서버의 TCP 22번 포트. TCP 22번 포트는…');
    expect(ko('answerKey.answer', { answer: option })).toBe('정답: B. 서버의 TCP 22번 포트.');
    expect(en('quiz.answer', { option: answerSentence(1, 'TCP port 22 on a server') })).toBe('Answer: B. TCP port 22 on a server.');
    expect(en('answerKey.answer', { answer: answerSentence(0, 'User Ports (registered)') })).toBe('Answer: A. User Ports (registered).');
  });
});
