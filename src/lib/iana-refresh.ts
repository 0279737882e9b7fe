import type { RegistryRecord } from '../schemas/registry-record';
import { parseIanaCsv } from './iana-csv';

/** A new copy of the registry is refused when it has fewer rows than this share of the old one. */
export const MIN_ROW_SHARE = 0.9;

/** The newest registration or modification date in the rows: the date of the snapshot. */
export function snapshotDate(records: readonly RegistryRecord[]): string {
  let newest = '';
  for (const r of records) {
    for (const date of [r.registered, r.modified]) if (date && date > newest) newest = date;
  }
  return newest;
}

/** What a downloaded CSV would become, or why it must not replace the vendored copy. */
export type RefreshCheck = { ok: true; rows: number; snapshot: string } | { ok: false; problems: string[] };

/**
 * Decides whether a downloaded CSV may replace the vendored one: IANA's columns, every row readable
 * (ports 0–65535, known protocols, dates), and a row count that has not collapsed.
 */
export function checkDownload(text: string, previousRows: number): RefreshCheck {
  const { records, problems } = parseIanaCsv(text);
  if (problems.length > 0) return { ok: false, problems };
  if (records.length < previousRows * MIN_ROW_SHARE) {
    return { ok: false, problems: [`only ${records.length} rows, the vendored copy has ${previousRows}: refusing a collapsed file`] };
  }
  return { ok: true, rows: records.length, snapshot: snapshotDate(records) };
}
