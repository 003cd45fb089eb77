/**
 * Bodies are markdown, not HTML. A body arrives by pull request or from a curator's editor,
 * so it is untrusted like a feed: the Content-Security-Policy stops scripts, but not
 * `<meta http-equiv="refresh">`, a `<form>` or a `<base>`. Astro's markdown pipeline keeps raw
 * HTML as `raw` nodes until after our rehype plugins run, so:
 * 1. escapeRawHtml turns every raw HTML node into visible text (shown, never interpreted, so a
 *    curator sees it and nothing they wrote is silently dropped);
 * 2. rehype-sanitize keeps only the elements markdown itself makes (GitHub's allow-list minus
 *    images, inputs and media, which would load or submit to third parties), links only to
 *    http(s) and mailto, and no `on*`, `style` or other attributes outside the list.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Elements GitHub allows that we do not: they fetch from or send to another site. */
const REFUSED_TAGS = new Set(['img', 'picture', 'source', 'input']);

export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !REFUSED_TAGS.has(t)),
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
};

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

/** Every `raw` node (HTML written in the markdown) becomes a text node with the same characters. */
function escapeRaw(node: HastNode): void {
  for (const child of node.children ?? []) {
    if (child.type === 'raw') child.type = 'text';
    else escapeRaw(child);
  }
}

/** Rehype plugin: raw HTML in a body is shown as text (see the module comment). */
export function rehypeEscapeRawHtml() {
  return (tree: HastNode) => escapeRaw(tree);
}
