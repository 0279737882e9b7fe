import { describe, expect, it } from 'vitest';
import { ianaNameShards, namedNotes, nameShardKey, noteNames, searchData, searchStrings } from '../../../src/lib/search-data';
import { decodeNumbers, pageLookup, quickAnswers } from '../../../src/lib/search-shortcuts';
import en from '../../../src/i18n/en';
import { portNoteSchema, type PortNote } from '../../../src/schemas/port-note';
import { locales } from '../../../src/lib/locales';

const notes = new Map([
  [22, [{ name: 'SSH', protocols: ['tcp', 'udp', 'sctp'] }]],
  [
    514,
    [
      { name: 'rsh', protocols: ['tcp'] },
      { name: 'Syslog', protocols: ['udp'] },
    ],
  ],
]);
const records = new Map([
  [22, [{ protocol: 'tcp', service: 'ssh' }]],
  [
    514,
    [
      { protocol: 'tcp', service: 'shell' },
      { protocol: 'udp', service: 'syslog' },
    ],
  ],
]);

describe('search data', () => {
  it('names a note by its short name and by the IANA names on its own protocols only', () => {
    expect(noteNames(notes, (port) => records.get(port) ?? [])).toEqual([
      ['ssh', 22, 'SSH'],
      ['rsh', 514, 'rsh (shell)'],
      ['shell', 514, 'shell (rsh)'],
      ['syslog', 514, 'Syslog'],
    ]);
  });

  it('labels a name with both the note and IANA when they differ', () => {
    const rip = noteNames(new Map([[520, [{ name: 'RIP', protocols: ['udp'] }]]]), () => [{ protocol: 'udp', service: 'router' }]);
    expect(rip).toEqual([
      ['rip', 520, 'RIP (router)'],
      ['router', 520, 'router (RIP)'],
    ]);
    const stun = noteNames(new Map([[3478, [{ name: 'STUN / TURN', protocols: ['tcp', 'udp'] }]]]), () => [
      { protocol: 'tcp', service: 'stun' },
      { protocol: 'udp', service: 'stun' },
      { protocol: 'tcp', service: 'turn' },
    ]);
    expect(stun).toEqual([
      ['stunturn', 3478, 'STUN / TURN'],
      ['stun', 3478, 'STUN / TURN'],
      ['turn', 3478, 'STUN / TURN'],
    ]);
  });

  it('finds a note by its name in another language too, labelled in the page language', () => {
    const alt = noteNames(new Map([[8080, [{ name: 'HTTP 대체 포트', aliases: ['HTTP alternate'], protocols: ['tcp'] }]]]), () => [
      { protocol: 'tcp', service: 'http-alt' },
    ]);
    expect(alt).toEqual([
      ['http대체포트', 8080, 'HTTP 대체 포트 (http-alt)'],
      ['httpalternate', 8080, 'HTTP 대체 포트'],
      ['httpalt', 8080, 'http-alt (HTTP 대체 포트)'],
    ]);
  });

  it('labels a name answer with the name it matched', () => {
    const data = searchData(
      en,
      [22, 514, 8080],
      noteNames(notes, (port) => records.get(port) ?? []),
    );
    const pages = decodeNumbers(data.pages);
    expect(pages).toEqual([22, 514, 8080]);
    const answer = quickAnswers('syslog', { pages, names: data.names }, pageLookup(pages));
    expect(answer.hits).toEqual([{ port: 514, hasPage: true, label: 'Syslog' }]);
  });

  describe('keywords', () => {
    /** A fixture note as the content loader would give it. */
    const fixture = (port: number, name: string | { en: string; ko: string }, keywords: string[]): PortNote =>
      portNoteSchema.parse({
        port,
        protocols: ['tcp'],
        name,
        category: 'monitoring',
        title: { en: 'Fixture', ko: '테스트' },
        summary: { en: 'A fixture.', ko: '테스트용입니다.' },
        uses: [{ official: true, protocols: ['tcp'], text: { en: 'A fixture.', ko: '테스트용입니다.' } }],
        references: [{ title: 'Fixture', url: 'https://example.org/' }],
        keywords,
      });
    const fixtures = new Map([
      [4369, [fixture(4369, { en: 'Erlang port mapper (epmd)', ko: 'Erlang 포트 매퍼(epmd)' }, ['erlang', 'epmd', 'rabbitmq'])]],
      [5672, [fixture(5672, 'AMQP', ['rabbitmq'])]],
      [10050, [fixture(10050, { en: 'Zabbix agent', ko: 'Zabbix 에이전트' }, ['zabbix'])]],
      [10051, [fixture(10051, { en: 'Zabbix server', ko: 'Zabbix 서버' }, ['zabbix'])]],
      [3690, [fixture(3690, 'Subversion (svnserve)', ['svn'])]],
    ]);
    const rows = new Map([
      [4369, [{ protocol: 'tcp', service: 'epmd' }]],
      [5672, [{ protocol: 'tcp', service: 'amqp' }]],
      [10050, [{ protocol: 'tcp', service: 'zabbix-agent' }]],
      [10051, [{ protocol: 'tcp', service: 'zabbix-trapper' }]],
      [3690, [{ protocol: 'tcp', service: 'svn' }]],
    ]);
    const pages = [3690, 4369, 5672, 10050, 10051];
    const answers = (query: string, lang: (typeof locales)[number]) => {
      const names = noteNames(namedNotes(fixtures, lang), (port) => rows.get(port) ?? []);
      return quickAnswers(query, { pages, names }, pageLookup(pages)).hits.map((h) => [h.port, h.label]);
    };

    it('answer with the right port and the note name, in both languages', () => {
      for (const lang of locales) {
        expect(answers('erlang', lang)).toEqual([[4369, lang === 'en' ? 'Erlang port mapper (epmd)' : 'Erlang 포트 매퍼(epmd)']]);
        expect(answers('rabbitmq', lang).map(([port]) => port)).toEqual([4369, 5672]);
        expect(answers('zabbix', lang).map(([port]) => port)).toEqual([10050, 10051]);
        expect(answers('svn', lang).map(([port]) => port)).toEqual([3690]);
        expect(answers('Zabbix', lang)).toEqual(answers('zabbix', lang));
      }
    });

    it('add one small entry each, and none where a name already says it', () => {
      const names = noteNames(namedNotes(fixtures, 'en'), (port) => rows.get(port) ?? []);
      // svn is also IANA's name there: one entry, not two.
      expect(names.filter(([name]) => name === 'svn')).toHaveLength(1);
      expect(names.filter(([name]) => name === 'zabbix')).toEqual([
        ['zabbix', 10050, 'Zabbix agent'],
        ['zabbix', 10051, 'Zabbix server'],
      ]);
    });
  });

  it('carries only the strings search and the port help need', () => {
    const strings = searchStrings(en);
    expect(strings['search.placeholder']).toBe(en['search.placeholder']);
    expect(strings['range.user']).toBe(en['range.user']);
    expect(Object.keys(strings).some((k) => k.endsWith('.about') || k.startsWith('nav.'))).toBe(false);
  });
});

describe('IANA names in pieces', () => {
  const names = [
    { name: 'turn', first: 3478, last: 3478, primary: true },
    { name: 'x11', first: 6000, last: 6063, primary: true },
    { name: 'nv-video', first: 4444, last: 4444, primary: false },
    { name: 'krb524', first: 4444, last: 4444, primary: true },
    { name: 'http', first: 80, last: 80, primary: true },
    { name: 'www-http', first: 80, last: 80, primary: false },
    { name: '3com-tsmux', first: 106, last: 106, primary: true },
  ];

  it('splits names by the first letter or digit a query starts with', () => {
    expect(nameShardKey('Turn')).toBe('t');
    expect(nameShardKey('3com')).toBe('3');
    expect(nameShardKey('-x11')).toBe('x');
    expect(nameShardKey('   ')).toBeUndefined();
    expect(nameShardKey('포트')).toBeUndefined();
  });

  it('holds every name with its port, a range labelled with its span, primary names first', () => {
    const shards = ianaNameShards(names);
    expect(shards.get('t')).toEqual([['turn', 3478, 'turn']]);
    expect(shards.get('x')).toEqual([['x11', 6000, 'x11, 6000–6063']]);
    expect(shards.get('k')).toEqual([['krb524', 4444, 'krb524']]);
    expect(shards.get('w')).toEqual([['wwwhttp', 80, 'www-http']]);
    expect(shards.get('3')).toEqual([['3comtsmux', 106, '3com-tsmux']]);
  });

  it('answers a name from its piece, after the noted names', () => {
    const pages = [80, 3478, 4444, 6000];
    const shard = ianaNameShards(names).get('t') ?? [];
    const answer = quickAnswers('turn', { pages, names: [['http', 80, 'HTTP'], ...shard] }, pageLookup(pages));
    expect(answer.hits).toEqual([{ port: 3478, hasPage: true, label: 'turn' }]);
  });
});
