/**
 * What axe checks of a page. A long table repeats one row template thousands of times, and axe's
 * cost grows with every element it checks (colour contrast most of all): so axe checks the first
 * twenty rows of each table body and, beyond them, one row of each kind (its classes and the shape
 * of its cells), and skips the rest. Every distinct row markup is still checked.
 */
export const sampledOutAttribute = 'data-axe-sampled-out';

/** How many rows of a table body are always checked. */
export const rowsAlwaysChecked = 20;

/**
 * Marks, in the live page, the table rows axe may skip; returns how many were marked. Runs inside
 * the page (Playwright's `evaluate`), so it only uses the DOM.
 */
export function markRepeatedRows([attribute, keep]: [string, number]): number {
  let marked = 0;
  for (const body of document.querySelectorAll('tbody')) {
    const seen = new Set<string>();
    [...body.rows].forEach((row, i) => {
      const kind = [
        row.className,
        ...[...row.cells].map((c) => `${c.tagName}.${c.className}:${[...c.children].map((e) => `${e.tagName}.${e.className}`).join(',')}`),
      ].join('|');
      if (i >= keep && seen.has(kind)) {
        row.setAttribute(attribute, '');
        marked += 1;
      }
      seen.add(kind);
    });
  }
  return marked;
}
