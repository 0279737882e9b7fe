import { describe, expect, it } from 'vitest';
import ko from '../../../src/i18n/ko';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';

/**
 * Port notes and the UI strings of port pages are in 합니다체 (docs/authoring.md): a statement never
 * ends in 요. A polite request may (입력해 주세요, 확인해 보세요), and so may a question (찾으셨나요?);
 * nouns that end in 요 (필요, 중요, 주요, 개요) are not endings.
 */
const haeyoStatement = /(?<![세필중주개])요(?=[.!…]|$)/u;
/** "여러 포트 목록은 N번을 'X'라고 적었습니다": say "N번을 'X'로 적어 둔 포트 목록이 많습니다". */
const listCalque = /여러 포트 목록은[^\n]*?적었/u;

/** Dictionary keys whose strings are shown on port pages (and in the search dialog and 404 port help). */
const portPageKeys = /^(port|role|row|iana\.note|status|os|range|block|related|search|notFound)\./;

/** The problems of one Korean text, as "where: what". */
function problems(where: string, text: string): string[] {
  const found: string[] = [];
  if (haeyoStatement.test(text)) found.push(`${where}: 해요체 ending in a 합니다체 text: ${text}`);
  if (listCalque.test(text)) found.push(`${where}: "여러 포트 목록은 … 적었습니다" (say "… 적어 둔 포트 목록이 많습니다"): ${text}`);
  return found;
}

describe('Korean register', () => {
  it('tells a 해요체 statement from a request or a question', () => {
    expect(problems('x', '같은 번호라도 서로 다른 서비스일 수 있어요.')).toHaveLength(1);
    expect(problems('x', '하나씩 골라 쓰는 출발지 포트예요. 리눅스는 고릅니다.')).toHaveLength(1);
    expect(problems('x', '링크를 복사했어요')).toHaveLength(1);
    expect(problems('x', '검색할 내용을 입력해 주세요.')).toEqual([]);
    expect(problems('x', '{n}번 포트를 찾으셨나요?')).toEqual([]);
    expect(problems('x', '필요한 요소만 요약합니다. 요즘은 필요 없습니다. 중요.')).toEqual([]);
    expect(problems('x', "여러 포트 목록은 220번을 그냥 'IMAP'이라고 적었습니다.")).toHaveLength(1);
    expect(problems('x', "220번을 그냥 'IMAP'으로 적어 둔 포트 목록이 많습니다.")).toEqual([]);
  });

  it('port-page UI strings are in 합니다체', () => {
    const found = Object.entries(ko)
      .filter(([key]) => portPageKeys.test(key))
      .flatMap(([key, text]) => problems(key, text));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('port notes are in 합니다체 and without the port-list calque', () => {
    const notes = readPortNotes('content/ports', lessonSlugs('content/lessons'));
    const found = notes.flatMap(({ id, data }) =>
      [
        ['name', data.name.ko],
        ['title', data.title.ko],
        ['summary', data.summary.ko],
        ...data.uses.map((u, i) => [`uses[${i}]`, u.text.ko]),
        ['security', data.security?.ko ?? ''],
        ['correction', data.correction?.ko ?? ''],
      ].flatMap(([field, text]) => problems(`${id} ${field}`, text ?? '')),
    );
    expect(found, found.join('\n')).toEqual([]);
  });
});
