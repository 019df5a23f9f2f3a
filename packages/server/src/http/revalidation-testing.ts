/** What the helpers ask: a test server, or a server's Hono app (`app.request`). */
export interface RevalidationCaller {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

const STRONG_TAG = /^"[0-9a-f]{40}"$/;

function fail(path: string, what: string): never {
  throw new Error(`GET ${path}: ${what}`);
}

/**
 * Checks a public read as a returning phone meets it: the answer carries a strong ETag and a
 * `Cache-Control` that lets it be kept; asked again with that ETag, a 304 without a body.
 * Returns the ETag, for `expectChanged()` after a write.
 */
export async function expectRevalidated(
  server: RevalidationCaller,
  path: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const first = await server.request(path, { headers });
  if (first.status !== 200) fail(path, `answered ${first.status}, not 200`);
  const etag = first.headers.get('ETag');
  if (!etag || !STRONG_TAG.test(etag)) fail(path, `carries no strong ETag (${etag})`);
  const cacheControl = first.headers.get('Cache-Control') ?? '';
  if (!cacheControl || /no-store|private/.test(cacheControl))
    fail(path, `may not be kept (Cache-Control: ${cacheControl || 'none'})`);
  const again = await server.request(path, { headers: { ...headers, 'If-None-Match': etag } });
  if (again.status !== 304) fail(path, `answered ${again.status} to its own ETag, not 304`);
  if ((await again.text()) !== '') fail(path, 'sent a body with its 304');
  return etag;
}

/** Checks that the answer changed since `etag`: asked with it, a full answer with another ETag. */
export async function expectChanged(
  server: RevalidationCaller,
  path: string,
  etag: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const res = await server.request(path, { headers: { ...headers, 'If-None-Match': etag } });
  if (res.status !== 200) fail(path, `answered ${res.status} after a change, not 200`);
  const now = res.headers.get('ETag');
  if (!now || now === etag) fail(path, `kept its ETag ${etag} after a change`);
  return res;
}
