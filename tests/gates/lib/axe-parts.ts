/**
 * One axe run over a page with thousands of elements takes half a minute on a busy 2-core machine.
 * Long pages are long because of their tables, so a long page is checked in parts: everything but
 * the table bodies, then the table rows in slices. The parts together cover every element once.
 */
export interface AxePart {
  /** Shown in the test title. */
  label: string;
  /** CSS selectors axe checks (the whole document when absent). */
  include?: string;
  /** CSS selectors axe skips. */
  exclude?: string;
}

/**
 * Splits a page (its built HTML) into parts of at most about `maxElements` elements each, when a
 * table is long enough (`minRows`) for row slices to help; a page made long by many short tables
 * (a lesson) stays whole: slicing three-row tables would only reload the page per slice.
 */
export function axeParts(html: string, maxElements = 700, minRows = 40): AxePart[] {
  const elements = (html.match(/<[a-z][\w-]*[\s>/]/gi) ?? []).length;
  const rows = (html.match(/<tbody[\s>][\s\S]*?<\/tbody>/gi) ?? []).reduce(
    (n, body) => Math.max(n, (body.match(/<tr[\s>]/gi) ?? []).length),
    0,
  );
  if (elements <= maxElements || rows < minRows) return [{ label: 'whole page' }];
  const slices = Math.min(rows, Math.ceil(elements / maxElements));
  const perSlice = Math.ceil(rows / slices);
  const parts: AxePart[] = [{ label: 'all but table rows', exclude: 'tbody > tr' }];
  for (let first = 1; first <= rows; first += perSlice) {
    const last = Math.min(rows, first + perSlice - 1);
    parts.push({ label: `table rows ${first}-${last}`, include: `tbody > tr:nth-child(n+${first}):nth-child(-n+${last})` });
  }
  return parts;
}
