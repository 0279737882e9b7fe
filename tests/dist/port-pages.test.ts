import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/locales';

/** A built page's HTML (run after `npm run build`). */
const html = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const portPage = (lang: Lang, port: number) => html(`${lang}/ports/${port}/index.html`);

/** Visible text of some HTML: tags dropped, the few entities the build writes decoded, spaces collapsed. */
function text(markup: string): string {
  return markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML of a page section: from the heading with this id to the next h2. */
function section(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = page.indexOf('<h2', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

const words = {
  en: {
    notAssigned: 'IANA has not assigned this number',
    sshAlt: 'SSH alternate',
    conflict: 'conflict record',
    linux: 'Linux',
    windows: 'Windows',
    asWritten: 'As IANA wrote it',
  },
  ko: {
    notAssigned: 'IANA가 할당하지 않은 번호입니다',
    sshAlt: 'SSH 대체 포트',
    conflict: '충돌 기록',
    linux: '리눅스',
    windows: '윈도우',
    asWritten: 'IANA 원문',
  },
} as const;

describe.each(['en', 'ko'] as const)('built port pages (%s)', (lang) => {
  const w = words[lang];

  it('51820 (WireGuard): no temporary-port claim, and the IANA section says the number is unassigned', () => {
    const page = portPage(lang, 51820);
    expect(page).not.toContain('<p data-ephemeral');
    expect(text(section(page, 'iana'))).toContain(w.notAssigned);
  });

  it('an unassigned Linux-ephemeral number without a note: the claim, naming Linux only', () => {
    const page = portPage(lang, 33332);
    const claim = /<p data-ephemeral[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    expect(text(claim)).toContain(`${w.linux}`);
    expect(text(claim)).toContain('32768–60999');
    expect(text(claim)).not.toContain(w.windows);
  });

  it('22: 2222 is labelled by its role, with IANA’s name second', () => {
    const related = section(portPage(lang, 22), 'related');
    const item = /<li>\s*<a href="[^"]*\/ports\/2222\/">2222<\/a>([\s\S]*?)<\/li>/.exec(related)?.[1] ?? '';
    const label = text(item);
    expect(label.indexOf(w.sshAlt)).toBeGreaterThanOrEqual(0);
    expect(label.indexOf('EtherNet-IP-1')).toBeGreaterThan(label.indexOf(w.sshAlt));
  });

  it('443: 8080 as the HTTP alternate, IANA’s http-alt second', () => {
    const related = text(section(portPage(lang, 443), 'related'));
    expect(related).toContain(lang === 'en' ? '8080 HTTP alternate · IANA: http-alt' : '8080 HTTP 대체 포트 · IANA: http-alt');
  });

  it('3389: no link to 3390 (IANA dsc, not an RDP port)', () => {
    expect(section(portPage(lang, 3389), 'related')).not.toMatch(/href="[^"]*\/ports\/3390\/"/);
  });

  it('80: IANA’s long DNS-SD note once, folded', () => {
    const page = portPage(lang, 80);
    // A phrase of that note only.
    expect(page.split('can be displayed by &quot;typical&quot; web browser').length - 1).toBe(1);
    const folded = /<details class="row-note">\s*<summary>([^<]*)<\/summary>[\s\S]*?<\/details>/.exec(page);
    expect(folded?.[1]).toBe(w.asWritten);
    expect(folded?.[0]).toContain('intented');
  });

  it('2049: nfs first and named as the assignment, shilp after it as a conflict record', () => {
    const page = portPage(lang, 2049);
    const tcp = section(page, 'iana-tcp');
    expect(tcp.indexOf('<code>nfs</code>')).toBeGreaterThan(0);
    expect(tcp.indexOf('<code>shilp</code>')).toBeGreaterThan(tcp.indexOf('<code>nfs</code>'));
    expect(text(tcp.slice(tcp.indexOf('<code>shilp</code>')))).toContain(w.conflict);
    const status = text(/<div class="port-status">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '');
    expect(status).toContain('nfs');
    expect(status).not.toContain('shilp');
  });

  it('41: no subtitle that repeats the heading', () => {
    const page = portPage(lang, 41);
    const h1 = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '');
    const subtitle = text(/<p class="port-name"[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '');
    expect(h1).toBe(lang === 'en' ? 'Port 41: Graphics' : '41번 포트: 그래픽스');
    if (subtitle) expect(subtitle.replace(/[^\p{L}\p{N}]/gu, '')).not.toBe(h1.replace(/[^\p{L}\p{N}]/gu, ''));
    expect(page).not.toContain('41번 포트, Graphics');
  });

  it('the User Ports page limits the temporary-port claim to 32768–49151', () => {
    const page = text(section(html(`${lang}/ports/ranges/user/index.html`), 'ephemeral'));
    expect(page).toContain('32768–49151');
    expect(page).toContain('1024–32767');
  });

  it('search answers product keywords with their port', () => {
    const { names } = JSON.parse(html(`${lang}/search.json`)) as { names: [string, number, string][] };
    for (const [keyword, port] of [
      ['mariadb', 3306],
      ['openssh', 22],
      ['rabbitmq', 5672],
    ] as const) {
      expect(names.some(([name, p]) => name === keyword && p === port), keyword).toBe(true);
    }
  });
});
