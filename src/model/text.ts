/** Plain-text helpers shared by every writer of content. */

/**
 * `text` cut to at most `maxChars` characters (code points, never inside a surrogate pair): at a
 * word boundary when one is near (in the last 30%), else mid-word, and ended with "…". Text that
 * fits is returned as it is, so a cut at a schema limit (TITLE_MAX…) is exactly that limit.
 */
export function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, maxChars - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
