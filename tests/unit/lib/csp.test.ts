import { describe, expect, it } from 'vitest';
import { cspHash, trimCspHashes } from '../../../src/lib/csp';

const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><script>run()</script><meta http-equiv="content-security-policy" content="${policy}"><style>p{color:red}</style></head><body>${body}</body></html>`;

describe('trimCspHashes', () => {
  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-aaa=' 'sha256-bbb='; style-src 'self' 'sha256-ccc=';";
    const out = trimCspHashes(page(policy, '<script src="/x.js"></script>'));
    const csp = /content="([^"]*)"/.exec(out)?.[1] ?? '';
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${cspHash('run()')}'; style-src 'self' '${cspHash('p{color:red}')}';`,
    );
    expect(csp).not.toContain("'unsafe-inline'");
  });

  it('leaves pages without a CSP alone', () => {
    const html = '<html><head><script>x()</script></head></html>';
    expect(trimCspHashes(html)).toBe(html);
  });
});
