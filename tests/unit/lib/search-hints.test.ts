import { describe, expect, it } from 'vitest';
import { stripSearchHints } from '../../../src/lib/search-hints';

describe('stripSearchHints', () => {
  it('removes every data-pagefind-* attribute, with or without a value', () => {
    const html =
      '<main id="main" data-pagefind-body><article data-pagefind-filter="type:lesson" data-pagefind-meta="title:4강: 패킷"><nav data-pagefind-ignore class="toc"><p data-pagefind-weight="10">x</p></nav></article></main>';
    expect(stripSearchHints(html)).toBe('<main id="main"><article><nav class="toc"><p>x</p></nav></article></main>');
  });

  it('leaves text and attribute values that only mention them', () => {
    const html = '<p title="a data-pagefind-ignore b">Mark it with <code>data-pagefind-ignore</code></p>';
    expect(stripSearchHints(html)).toBe(html);
  });

  it('keeps other data attributes and the rest of the tag intact', () => {
    expect(stripSearchHints('<div data-step="1" data-pagefind-ignore="all" hidden>')).toBe('<div data-step="1" hidden>');
    expect(stripSearchHints('<img alt="1 > 0" data-pagefind-ignore src="x.svg">')).toBe('<img alt="1 > 0" src="x.svg">');
  });
});
