import { describe, expect, it } from 'vitest';
import { lessonSlugs, readPortNotes } from '../../../src/loaders/port-notes';
import { ContentError } from '../../../src/loaders/content-error';

const lessons = lessonSlugs('tests/fixtures/lessons');

/** The problems a fixture folder produces (fails the test if it loads cleanly). */
function problemsOf(folder: string): string[] {
  try {
    readPortNotes(`tests/fixtures/notes/${folder}`, lessons);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error(`${folder} loaded without problems`);
}

describe('port notes loader', () => {
  it('loads valid notes', () => {
    const notes = readPortNotes('tests/fixtures/notes/good', lessons);
    expect(notes.map((n) => [n.id, n.data.port, n.data.protocols])).toEqual([
      ['443-example', 443, ['tcp']],
      ['2019-example', 2019, ['tcp', 'udp']],
    ]);
  });

  it('gives every note a name per language: one string serves all, or one name each', () => {
    const names = readPortNotes('tests/fixtures/notes/good', lessons).map((n) => n.data.name);
    expect(names).toEqual([
      { en: 'Example', ko: 'Example' },
      { en: 'Example alternate', ko: '예시 대체 포트' },
    ]);
  });

  it('only counts lessons that exist in every language', () => {
    expect([...lessons]).toEqual(['port-ranges']);
  });

  it.each([
    ['out-of-range', 'tests/fixtures/notes/out-of-range/70000-big.yaml: entry "70000-big", field "port": must be 65535 or less'],
    ['not-integer', 'tests/fixtures/notes/not-integer/80-half.yaml: entry "80-half", field "port": must be a whole number'],
    [
      'bad-protocol',
      'tests/fixtures/notes/bad-protocol/80-quic.yaml: entry "80-quic", field "protocols[1]": unknown protocol "quic" (use tcp, udp, sctp or dccp)',
    ],
    ['missing-ko', 'tests/fixtures/notes/missing-ko/25-smtp.yaml: entry "25-smtp", field "summary.ko"'],
    ['name-missing-ko', 'tests/fixtures/notes/name-missing-ko/443-example.yaml: entry "443-example", field "name"'],
    [
      'no-lesson',
      'tests/fixtures/notes/no-lesson/53-dns.yaml: entry "53-dns", field "lessons[0]": no lesson "only-english" in every language',
    ],
    [
      'duplicate',
      'tests/fixtures/notes/duplicate/22-ssh.yaml: entry "22-ssh", field "protocols": 22/tcp is already noted in tests/fixtures/notes/duplicate/22-ssh-again.yaml',
    ],
    ['bad-yaml', 'tests/fixtures/notes/bad-yaml/21-ftp.yaml: entry "21-ftp": not valid YAML'],
  ])('rejects %s, naming the file, the entry and the field', (folder, expected) => {
    const problems = problemsOf(folder);
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});
