/**
 * Image and link fields accept only what they claim. A same-origin path is what a browser
 * reads as a path on this site: one leading slash, then RFC 3986 path characters. `//host` and
 * `/\host` are read by browsers as another host, `javascript:` and `data:` as code or inline
 * content, and control characters or spaces are how such tricks hide; none of them pass.
 */

import { hasForbiddenCharacters } from './text.js';

// Unreserved, sub-delims, ":" and "@" (RFC 3986 pchar), "/" between segments, and
// percent-escapes of two hex digits.
const PATH = /^\/(?![/\\])(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
const QUERY_OR_FRAGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

/** Longest path or link accepted; longer ones are not written by people. */
export const MAX_LINK_LENGTH = 2000;

/** A path on this site such as `/bilder/rathaus.jpg`: no host, no scheme, no query. */
export function isSameOriginPath(value: string): boolean {
  return value.length <= MAX_LINK_LENGTH && PATH.test(value);
}

/**
 * A page of this app as a resident sees it, e.g. `/news/stadtfest?seite=2#kommentare`: a
 * same-origin path, optionally with a query and a fragment.
 */
export function isSameOriginPage(value: string): boolean {
  if (value.length > MAX_LINK_LENGTH) return false;
  const match = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
  if (!match) return false;
  const [, path = '', query = '', fragment = ''] = match;
  return PATH.test(path) && QUERY_OR_FRAGMENT.test(query) && QUERY_OR_FRAGMENT.test(fragment);
}

/** An http(s) link to another site, with a host and without a user name or password in it. */
export function isWebLink(value: string): boolean {
  if (value.length > MAX_LINK_LENGTH || hasForbiddenCharacters(value)) return false;
  if (!/^https?:\/\/[^\s\\]+$/i.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}
