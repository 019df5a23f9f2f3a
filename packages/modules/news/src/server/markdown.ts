import { Marked, type Tokens } from 'marked';

/**
 * Article bodies are Markdown written by editors and shown to everyone, so the HTML is made
 * safe here, once, on the server:
 * - raw HTML in the Markdown is shown as text, never passed through;
 * - links keep only http:, https:, mailto:, tel: and relative targets; any other target
 *   (javascript:, data:, vbscript:, …) is dropped and its text stays;
 * - images follow the same rule and keep their alt text;
 * - links leaving the site get rel="noopener noreferrer";
 * - headings move one level down, because the article's title is the page's only h1.
 */

const ALLOWED_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
// Images load from the town's own site only: an image from another host would tell that host
// which resident reads what (and the CSP's img-src blocks it anyway).
const ALLOWED_IMAGE_SCHEMES = new Set<string>();

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
};

/** Decodes the character references a URL might hide a scheme behind (`&#106;avascript:`). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export type UrlKind = 'relative' | 'external' | 'other';

/**
 * Classifies a link target the way a browser would read it, or returns null when it must
 * not be used. Browsers ignore tabs and newlines inside a URL and accept leading control
 * characters and spaces, so `java\tscript:` is still javascript: — those are removed first.
 */
export function safeUrl(
  raw: string,
  allowedSchemes: ReadonlySet<string> = ALLOWED_LINK_SCHEMES,
): { url: string; kind: UrlKind } | null {
  const url = decodeEntities(raw)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what a browser's URL parser drops
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no legitimate URL carries these
  if (/[\u0000-\u001f\u007f]/.test(url)) return null;
  if (!url) return null;
  const scheme = /^([^/?#]*?):/.exec(url)?.[1];
  if (scheme !== undefined) {
    const name = scheme.toLowerCase();
    if (!/^[a-z][a-z0-9+.-]*$/.test(name) || !allowedSchemes.has(name)) return null;
    return { url, kind: name === 'http' || name === 'https' ? 'external' : 'other' };
  }
  // `//host` and `\\host` leave the site although they carry no scheme
  if (/^[/\\]{2}/.test(url)) return { url, kind: 'external' };
  return { url, kind: 'relative' };
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(depth + 1, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const content = this.parser.parseInline(tokens);
      const target = safeUrl(href);
      if (!target) return content;
      const rel = target.kind === 'external' ? ' rel="noopener noreferrer"' : '';
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(target.url)}"${titleAttr}${rel}>${content}</a>`;
    },
    image({ href, title, text, tokens }: Tokens.Image) {
      const alt = tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text;
      const source = safeUrl(href, ALLOWED_IMAGE_SCHEMES);
      if (source?.kind !== 'relative') return escapeHtml(alt);
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(source.url)}" alt="${escapeHtml(alt)}"${titleAttr} loading="lazy">`;
    },
  },
});

/** Renders an article body to HTML that is safe to insert into the page as it is. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
