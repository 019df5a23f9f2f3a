import type { CityConfig } from '@city-app/core';
import { SERVICE_WORKER_META } from './html-constants.js';
import { APP_ICONS } from './icons.js';
import { MANIFEST_FILE } from './manifest.js';

export { SERVICE_WORKER_META };

export interface HeadTag {
  tag: string;
  attrs?: Record<string, string>;
  children?: string;
  injectTo: 'head' | 'head-prepend' | 'body-prepend';
}

type HtmlConfig = Pick<CityConfig, 'town' | 'branding' | 'locales'>;

function appName(config: HtmlConfig): string {
  return config.branding.appName ?? config.town.name;
}

export function noscriptText(config: HtmlConfig): string {
  return `${appName(config)} braucht JavaScript. Bitte schalten Sie JavaScript ein. — ${appName(config)} needs JavaScript. Please turn it on.`;
}

/**
 * Checks a project's index.html against what the shell and the server's Content-Security-Policy
 * need, and throws naming what is wrong and how to fix it.
 */
export function checkIndexHtml(html: string): void {
  const problems: string[] = [];
  if (!/<div\b[^>]*\bid=["']root["']/i.test(html)) {
    problems.push('it has no <div id="root"></div>, where the app is mounted; add it to <body>.');
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    if (/\bsrc=/i.test(attrs) || /type=["']application\/(ld\+)?json["']/i.test(attrs)) continue;
    problems.push(
      "it has an inline <script>; the Content-Security-Policy (script-src 'self') blocks it. Move the code into src/web/main.tsx.",
    );
  }
  if (/<style\b/i.test(html) || /<[a-z][^>]*\sstyle=/i.test(html)) {
    problems.push(
      "it has a <style> element or a style attribute; the Content-Security-Policy (style-src 'self') blocks them. Use a CSS file.",
    );
  }
  if (problems.length) throw new Error(`index.html cannot be used: ${problems.join(' Also, ')}`);
}

/** The head tags a town app needs; those the template already has are skipped. */
export function headTags(
  html: string,
  config: HtmlConfig,
  options: { serviceWorker: boolean },
): HeadTag[] {
  const has = (pattern: RegExp) => pattern.test(html);
  const tags: HeadTag[] = [];
  if (!has(/<meta\b[^>]*charset/i))
    tags.push({ tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' });
  if (!has(/<meta\b[^>]*name=["']viewport["']/i)) {
    tags.push({
      tag: 'meta',
      attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      injectTo: 'head',
    });
  }
  if (!has(/<title>/i)) tags.push({ tag: 'title', children: appName(config), injectTo: 'head' });
  if (!has(/<meta\b[^>]*name=["']description["']/i)) {
    tags.push({
      tag: 'meta',
      attrs: {
        name: 'description',
        content: `Die App für ${config.town.name}: Nachrichten, Termine und Angebote an einem Ort.`,
      },
      injectTo: 'head',
    });
  }
  if (!has(/<meta\b[^>]*name=["']theme-color["']/i)) {
    tags.push({
      tag: 'meta',
      attrs: { name: 'theme-color', content: config.branding.primaryColor },
      injectTo: 'head',
    });
  }
  if (!has(/<link\b[^>]*rel=["']manifest["']/i))
    tags.push({
      tag: 'link',
      attrs: { rel: 'manifest', href: `/${MANIFEST_FILE}` },
      injectTo: 'head',
    });
  const icon = APP_ICONS[0];
  if (icon && !has(/<link\b[^>]*rel=["']icon["']/i)) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'icon', type: 'image/png', sizes: icon.sizes, href: `/${icon.fileName}` },
      injectTo: 'head',
    });
  }
  if (icon && !has(/<link\b[^>]*rel=["']apple-touch-icon["']/i)) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'apple-touch-icon', href: `/${icon.fileName}` },
      injectTo: 'head',
    });
  }
  if (options.serviceWorker)
    tags.push({
      tag: 'meta',
      attrs: { name: SERVICE_WORKER_META, content: '/sw.js' },
      injectTo: 'head',
    });
  if (!has(/<noscript\b/i))
    tags.push({ tag: 'noscript', children: noscriptText(config), injectTo: 'body-prepend' });
  return tags;
}

/** Sets `<html lang>` to the town's first language when the template has none. */
export function withLang(html: string, locale: string): string {
  return html.replace(/<html\b([^>]*)>/i, (whole, attrs: string) =>
    /\blang=/i.test(attrs) ? whole : `<html lang="${locale}"${attrs}>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

/**
 * The index.html a town project keeps at its root (what `create-city-app` writes). The Vite
 * plugin adds anything missing, but a complete file keeps the project self-explaining.
 */
export function renderIndexHtml(config: HtmlConfig, options: { entry?: string } = {}): string {
  const name = escapeHtml(appName(config));
  const entry = options.entry ?? '/src/web/main.tsx';
  return `<!doctype html>
<html lang="${config.locales[0] ?? 'de'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${name}</title>
    <meta name="description" content="Die App für ${escapeHtml(config.town.name)}: Nachrichten, Termine und Angebote an einem Ort." />
    <meta name="theme-color" content="${config.branding.primaryColor}" />
    <link rel="manifest" href="/${MANIFEST_FILE}" />
    <link rel="icon" type="image/png" sizes="192x192" href="/icons/icon-192.png" />
    <link rel="apple-touch-icon" href="/icons/icon-192.png" />
  </head>
  <body>
    <noscript>${escapeHtml(noscriptText(config))}</noscript>
    <div id="root"></div>
    <script type="module" src="${entry}"></script>
  </body>
</html>
`;
}
