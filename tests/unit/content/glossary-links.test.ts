import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossaryLinks, type TermRef } from '../../../src/lib/glossary';
import { glossaryTermSchema } from '../../../src/schemas/glossary';

const terms: TermRef[] = (parse(readFileSync('content/glossary.yaml', 'utf8')) as unknown[]).map((raw) => {
  const term = glossaryTermSchema.parse(raw);
  return { id: term.id, data: term };
});
const en = glossaryLinks(terms, 'en');
const ko = glossaryLinks(terms, 'ko');

// A lesson's key terms link to the glossary entry whose term or alias they match (src/lib/glossary.ts).
describe('glossary links of lesson key terms', () => {
  it('send "port mapping" to port forwarding, which the NAT lesson says it is another name for', () => {
    expect(en.get('port mapping')).toBe('port-forwarding');
    expect(ko.get('포트 매핑')).toBe('port-forwarding');
  });

  it('send "router" and 공유기 to the router entry, not to NAT', () => {
    expect(en.get('router')).toBe('router');
    expect(ko.get('공유기')).toBe('router');
  });

  it('link the new key terms: the handshake, hairpinning, dual-stack and a closed port', () => {
    expect(en.get('three-way handshake')).toBe('syn');
    expect(ko.get('3-way 핸드셰이크')).toBe('syn');
    expect(en.get('hairpinning')).toBe('hairpin-nat');
    expect(ko.get('헤어핀')).toBe('hairpin-nat');
    expect(en.get('dual-stack')).toBe('dual-stack');
    expect(ko.get('듀얼 스택')).toBe('dual-stack');
    expect(en.get('closed port')).toBe('rst');
  });

  it('give no name to two entries', () => {
    for (const lang of ['en', 'ko'] as const) {
      const seen = new Map<string, string>();
      for (const { id, data } of terms) {
        for (const name of new Set([data.term[lang], ...data.aliases[lang]].map((n) => n.toLowerCase()))) {
          expect(seen.get(name) ?? id, `${lang} "${name}"`).toBe(id);
          seen.set(name, id);
        }
      }
    }
  });
});
