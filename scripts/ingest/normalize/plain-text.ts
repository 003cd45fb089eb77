/**
 * Feed text to plain text. Feeds put HTML in titles and summaries, escaped once, twice, or
 * raw; we parse it as HTML with cheerio, keep only the text, and repeat while entities or tags
 * remain (double-escaped `&amp;lt;p&amp;gt;`), at most three times. Script, style and similar
 * elements are dropped with their content. What comes out is never rendered as HTML, but a
 * final pass still breaks any leftover `<tag` so no consumer can mistake it for markup.
 */
import { load } from 'cheerio';
import { truncate } from '../../../src/model/text.ts';
import { fixC1 } from '../parse/cp1252.ts';

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, math, head, title';
const BLOCK =
  'br, p, div, li, ul, ol, tr, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre, table, section, article, header, footer, figure, figcaption, dd, dt, hr';
const MARKUP_OR_ENTITY = /<[A-Za-z!/?]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const MAX_PASSES = 3;

/** Plain text from HTML or text: tags stripped, entities decoded, whitespace folded, capped. */
export function toPlainText(input: string | undefined, maxChars: number): string {
  if (!input) return '';
  let text = input;
  for (let pass = 0; pass < MAX_PASSES && MARKUP_OR_ENTITY.test(text); pass++) text = stripOnce(text);
  return truncate(fold(neutralize(text)), maxChars);
}

function stripOnce(html: string): string {
  const $ = load(html, null, false);
  $(DROP).remove();
  $(BLOCK).after(' ');
  return $.root().text();
}

/** C1 controls are almost always windows-1252 bytes read as Latin-1 ("demoronize"). */
function neutralize(text: string): string {
  return fixC1(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2028\u2029\ufeff]/g, ' ')
    .replace(/<(?=[A-Za-z!/?])/g, '< ');
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
