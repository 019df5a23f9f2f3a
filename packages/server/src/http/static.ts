import { existsSync, type Stats, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { type Encoding, encodedBody, fileVersion } from './static-files.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files whose name stays the same across releases: the browser must always revalidate. */
const ALWAYS_REVALIDATE = new Set([
  '/index.html',
  '/shell.html',
  '/sw.js',
  '/manifest.webmanifest',
]);

/** A file below the web root, with what `stat` said of it. */
interface WebFile {
  file: string;
  stats: Stats;
}

/**
 * The file `urlPath` names below `root`, or null when the path tries to leave it (`..`,
 * encoded slashes, NUL) or names no file.
 */
async function fileFor(root: string, urlPath: string): Promise<WebFile | null> {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (!raw) continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\\/\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const file = resolve(root, ...segments);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const stats = await stat(file);
    return stats.isFile() ? { file, stats } : null;
  } catch {
    return null;
  }
}

function cacheControl(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return IMMUTABLE;
  if (ALWAYS_REVALIDATE.has(urlPath)) return 'no-cache';
  return 'public, max-age=3600';
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

async function send(
  { file, stats }: WebFile,
  urlPath: string,
  request: { method: string; acceptEncoding?: string; ifNoneMatch?: string },
  status = 200,
): Promise<Response> {
  const version = await fileVersion(file, stats);
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const caching = cacheControl(urlPath);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': caching,
    ETag: version.etag,
  };
  let body = version.body;
  if (COMPRESSIBLE.test(contentType)) {
    headers.Vary = 'Accept-Encoding';
    const encoding = body.byteLength > 512 ? pickEncoding(request.acceptEncoding) : null;
    if (encoding) {
      body = encodedBody(version, encoding);
      headers['Content-Encoding'] = encoding;
    }
  }
  // An installed app asks again for the shell, sw.js and the manifest at every start: an
  // unchanged file costs a 304 without its body.
  if (status === 200 && request.ifNoneMatch && sameVersion(request.ifNoneMatch, version.etag)) {
    const kept: Record<string, string> = { 'Cache-Control': caching, ETag: version.etag };
    if (headers.Vary) kept.Vary = headers.Vary;
    return new Response(null, { status: 304, headers: kept });
  }
  headers['Content-Length'] = String(body.byteLength);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status,
    headers,
  });
}

/** Whether `If-None-Match` names the file's ETag (compared weakly, as for any GET). */
function sameVersion(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The built PWA folder exists and has an index.html. */
export function hasWebRoot(webRoot: string): boolean {
  return existsSync(webRoot) && statSync(webRoot).isDirectory();
}

/**
 * Serves the built PWA: hashed files under /assets/ cached for a year, index.html, sw.js and
 * the manifest revalidated every time, and shell.html (index.html in builds without one) for
 * app routes (GET, no file extension, accepts HTML) so client-side routing works on reload.
 * A page request for a path the app has no screen for gets the same shell with status 404:
 * the browser shows the app's own "not found" screen, crawlers and monitors see the 404.
 */
export function serveWeb(
  webRoot: string,
  options: { isAppRoute: (path: string) => boolean },
): MiddlewareHandler {
  const root = resolve(webRoot);
  return async (c, next) => {
    const method = c.req.method;
    const path = new URL(c.req.url).pathname;
    if ((method !== 'GET' && method !== 'HEAD') || path === '/api' || path.startsWith('/api/'))
      return next();
    const urlPath = path === '/' ? '/index.html' : path;
    const file = await fileFor(root, urlPath);
    const request = {
      method,
      acceptEncoding: c.req.header('accept-encoding'),
      ifNoneMatch: c.req.header('if-none-match'),
    };
    if (file) return send(file, urlPath, request);
    const last = urlPath.split('/').pop() ?? '';
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (!last.includes('.') && wantsHtml && !urlPath.startsWith('/assets/')) {
      // index.html holds the prerendered home screen; other routes get the plain shell.
      for (const name of ['shell.html', 'index.html']) {
        const page = join(root, name);
        if (existsSync(page))
          return send(
            { file: page, stats: await stat(page) },
            '/index.html',
            request,
            options.isAppRoute(path) ? 200 : 404,
          );
      }
    }
    return next();
  };
}
