/** A content file is wrong; the message names the file, the entry and the field. */
export class ContentError extends Error {
  constructor(
    readonly problems: string[],
    what: string,
  ) {
    super(`${what}:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}
