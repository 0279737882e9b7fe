/** One attribute of a start tag: leading space, name, and its value if it has one. */
const attribute = /(\s+)([^\s"'=<>/]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const startTag = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?>)/g;

/**
 * Removes the data-pagefind-* attributes from a page's start tags. They tell the search indexer
 * what to index and how to weigh it, and mean nothing to a browser, so once the index is written
 * they are only bytes on the wire (about 0.1 KB compressed on a lesson page). Text and attribute
 * values that merely mention them are left alone.
 */
export function stripSearchHints(html: string): string {
  return html.replace(startTag, (tag, name: string, attributes: string, end: string) =>
    attributes.includes('data-pagefind-')
      ? `<${name}${attributes.replace(attribute, (whole, _space, attr: string) => (attr.startsWith('data-pagefind-') ? '' : whole))}${end}`
      : tag,
  );
}
