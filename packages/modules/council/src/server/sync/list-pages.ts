import { oparlError } from '../../errors/oparl.js';
import { OPARL_LIMITS } from '../oparl/limits.js';
import type { OParlClient } from './client.js';

/** One page of an OParl list. */
export interface ListPage {
  items: unknown[];
  /** The server's clock when it answered, when it said. */
  serverTime: Date | null;
}

const notAList = {
  de: 'keine OParl-Liste (es fehlt „data“)',
  en: 'no OParl list ("data" is missing)',
};

/** The next page's address: `links.next` (1.0 and 1.1), or `next` as some 1.0 servers send. */
function nextOf(json: Record<string, unknown>): string | null {
  const links = json.links as Record<string, unknown> | undefined;
  const next = links?.next ?? json.next;
  return typeof next === 'string' && next !== '' ? next : null;
}

/**
 * The pages of a list, from `first` to the end of its `next` links. A server whose links
 * loop, or that goes on past `OPARL_LIMITS.pagesPerList`, is stopped there.
 */
export async function* listPages(client: OParlClient, first: string): AsyncGenerator<ListPage> {
  const seen = new Set<string>();
  let url: string | null = first;
  while (url && !seen.has(url) && seen.size < OPARL_LIMITS.pagesPerList) {
    seen.add(url);
    const { json, serverTime } = await client.get(url);
    // Some 1.0 servers answer a list as a bare array.
    if (Array.isArray(json)) {
      yield { items: json, serverTime };
      return;
    }
    const page = json as Record<string, unknown> | null;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.data)) {
      throw oparlError('council_oparl_unreadable', { url: url.slice(0, 200), reason: notAList });
    }
    yield { items: page.data, serverTime };
    const next = nextOf(page);
    url = next ? new URL(next, url).toString() : null;
  }
}

/** A list's address asking only for what changed since `since` (OParl's `modified_since`). */
export function changedSince(list: string, since: string): string {
  const url = new URL(list);
  url.searchParams.set('modified_since', since);
  return url.toString();
}
