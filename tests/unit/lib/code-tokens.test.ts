import { describe, expect, it } from 'vitest';
import { optionRuns } from '../../../src/lib/code-tokens';

describe('options in inline code', () => {
  it('keeps each option whole, the rest as it is', () => {
    expect(optionRuns('kill -TERM 95361')).toEqual([
      { text: 'kill ', whole: false },
      { text: '-TERM', whole: true },
      { text: ' 95361', whole: false },
    ]);
    expect(optionRuns('-sTCP:LISTEN')).toEqual([{ text: '-sTCP:LISTEN', whole: true }]);
    expect(
      optionRuns('fuser -k -TERM 8000/tcp')
        ?.filter((r) => r.whole)
        .map((r) => r.text),
    ).toEqual(['-k', '-TERM']);
    expect(
      optionRuns('systemctl stop --now nginx')
        ?.filter((r) => r.whole)
        .map((r) => r.text),
    ).toEqual(['--now']);
  });

  it('leaves code without options, hyphens inside words and very long options alone', () => {
    expect(optionRuns('net.ipv4.ip_local_port_range')).toBeUndefined();
    expect(optionRuns('http-alt')).toBeUndefined();
    expect(optionRuns('a - b')).toBeUndefined();
    expect(optionRuns('--a-very-long-option-name-indeed=1')).toBeUndefined();
  });
});
