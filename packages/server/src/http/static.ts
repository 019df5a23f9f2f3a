import { existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

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
const ALWAYS_REVALIDATE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest']);

/**
 * The file `urlPath` names below `root`, or null when the path tries to leave it (`..`,
 * encoded slashes, NUL) or names no file.
 */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
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
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

function cacheControl(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return IMMUTABLE;
  if (ALWAYS_REVALIDATE.has(urlPath)) return 'no-cache';
  return 'public, max-age=3600';
}

async function send(file: string, urlPath: string, method: string): Promise<Response> {
  const body = await readFile(file);
  const headers = {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(body.byteLength),
    'Cache-Control': cacheControl(urlPath),
  };
  return new Response(method === 'HEAD' ? null : body, { status: 200, headers });
}

/** The built PWA folder exists and has an index.html. */
export function hasWebRoot(webRoot: string): boolean {
  return existsSync(webRoot) && statSync(webRoot).isDirectory();
}

/**
 * Serves the built PWA: hashed files under /assets/ cached for a year, index.html, sw.js and
 * the manifest revalidated every time, and index.html for app routes (GET, no file
 * extension, accepts HTML) so client-side routing works on reload.
 */
export function serveWeb(webRoot: string): MiddlewareHandler {
  const root = resolve(webRoot);
  return async (c, next) => {
    const method = c.req.method;
    const path = new URL(c.req.url).pathname;
    if ((method !== 'GET' && method !== 'HEAD') || path === '/api' || path.startsWith('/api/'))
      return next();
    const urlPath = path === '/' ? '/index.html' : path;
    const file = await fileFor(root, urlPath);
    if (file) return send(file, urlPath, method);
    const last = urlPath.split('/').pop() ?? '';
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (!last.includes('.') && wantsHtml && !urlPath.startsWith('/assets/')) {
      const index = join(root, 'index.html');
      if (existsSync(index)) return send(index, '/index.html', method);
    }
    return next();
  };
}
