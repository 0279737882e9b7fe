import { describe, expect, it } from 'vitest';
import { readIanaRegistry } from '../../../src/loaders/registry';
import { ContentError } from '../../../src/loaders/content-error';

function failure(dir: string): ContentError {
  try {
    readIanaRegistry(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`${dir} was read without an error`);
}

describe('the registry loader', () => {
  it('stops the build listing every row that does not parse, by line', () => {
    const error = failure('tests/fixtures/iana/broken-snapshot');
    expect(error.message).toMatch(/^tests\/fixtures\/iana\/broken-snapshot\/rows\.csv: 7 row\(s\) do not parse:/);
    expect(error.problems.map((p) => p.split(':')[0])).toEqual(['line 4', 'line 5', 'line 6', 'line 7', 'line 8', 'line 9', 'line 10']);
  });

  it('stops the build when the CSV does not match its checksum', () => {
    expect(failure('tests/fixtures/iana/edited-snapshot').problems[0]).toMatch(/^sha256 is [0-9a-f]{64}, .*source\.json says 0{64}/);
  });

  it('reads the vendored registry', () => {
    expect(readIanaRegistry().records).toHaveLength(14_499);
  });
});
