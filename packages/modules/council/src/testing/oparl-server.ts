import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CouncilData,
  type CouncilSize,
  councilData,
  type Held,
  type ListName,
  type Version,
} from './council-data.js';

/** How a path answers instead of its content: never, with a 500, or with what is no JSON. */
export type Failure = 'timeout' | '500' | 'garbage' | 'not-a-list';

export interface OParlServerOptions {
  version?: Version;
  size?: Partial<CouncilSize>;
  /** Objects per list page (a server's choice; 20 to 100 are common). */
  pageSize?: number;
  /** When the first meeting starts; a meeting a week after it, and so on. */
  firstMeeting?: Date;
  /** A real System object to serve (its `id` and `body` are set to this server's). */
  system?: Record<string, unknown>;
  /** A real Body object to serve (its `id` and list addresses are set to this server's). */
  body?: Record<string, unknown>;
}

/** A local OParl server for tests and the benchmark, on 127.0.0.1. */
export interface OParlServer {
  /** The System's address, as a town would configure it. */
  system: string;
  data: CouncilData;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Changes an object now (its `modified` moves to now). */
  change(list: ListName, index: number, fields: Record<string, unknown>): void;
  /** Adds an object now (its `modified` is now), at the end of its list. */
  add(list: ListName, json: Record<string, unknown>): void;
  /** Deletes an object now: lists with `modified_since` send it with `deleted: true`. */
  remove(list: ListName, index: number): void;
  /** Makes paths starting with `prefix` fail `times` times (default: until cleared with null). */
  fail(prefix: string, how: Failure | null, times?: number): void;
  close(): Promise<void>;
}

const LISTS: ListName[] = ['organization', 'person', 'meeting', 'paper'];

function rendered(held: Held): Record<string, unknown> {
  if (!held.deleted) return held.json;
  const { id, type, created } = held.json;
  return { id, type, created, modified: held.json.modified, deleted: true };
}

/** Starts the server; `close()` ends it and every connection still waiting. */
export async function startOParlServer(options: OParlServerOptions = {}): Promise<OParlServer> {
  const version = options.version ?? '1.1';
  const pageSize = options.pageSize ?? 50;
  const failures = new Map<string, { how: Failure; times: number }>();
  const requests: string[] = [];
  let data: CouncilData | undefined;
  let base = '';

  const systemJson = () => ({
    ...(options.system ?? {
      type: `https://schema.oparl.org/${version}/System`,
      oparlVersion: `https://schema.oparl.org/${version}/`,
      name: 'Ratsinformationssystem Musterstadt',
      contactEmail: 'ris@musterstadt.example',
      vendor: 'http://example-software.com/',
      product: 'http://example-software.com/oparl-server/',
    }),
    id: `${base}/system`,
    body: `${base}/bodies`,
  });
  const bodyJson = () => {
    const lists = Object.fromEntries(LISTS.map((l) => [l, `${base}/body/1/${l}`]));
    return {
      ...(options.body ?? {
        type: `https://schema.oparl.org/${version}/Body`,
        name: 'Stadt Musterstadt',
        shortName: 'Musterstadt',
        legislativeTerm: [
          {
            id: `${base}/term/8`,
            type: `https://schema.oparl.org/${version}/LegislativeTerm`,
            name: 'Wahlperiode 2024–2029',
            startDate: '2024-06-09',
            endDate: '2029-06-08',
          },
        ],
        created: '2024-03-01T09:00:00+01:00',
        modified: '2024-03-01T09:00:00+01:00',
      }),
      id: `${base}/body/1`,
      system: `${base}/system`,
      ...lists,
    };
  };

  function listPage(url: URL, items: Held[]) {
    const since = url.searchParams.get('modified_since');
    const sinceMs = since ? Date.parse(since) : Number.NaN;
    const chosen = Number.isNaN(sinceMs)
      ? items.filter((h) => !h.deleted)
      : items.filter((h) => h.modifiedMs >= sinceMs);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const totalPages = Math.max(1, Math.ceil(chosen.length / pageSize));
    const link = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    return {
      data: chosen.slice((page - 1) * pageSize, page * pageSize).map(rendered),
      pagination: {
        totalElements: chosen.length,
        elementsPerPage: pageSize,
        currentPage: page,
        totalPages,
      },
      links: { first: link(1), ...(page < totalPages ? { next: link(page + 1) } : {}) },
    };
  }

  function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const path = `${url.pathname}${url.search}`;
    requests.push(path);
    const failure = [...failures].find(([prefix]) => path.startsWith(prefix));
    if (failure) {
      const [prefix, rule] = failure;
      if (--rule.times <= 0) failures.delete(prefix);
      if (rule.how === 'timeout') return; // never answers
      if (rule.how === '500') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(rule.how === 'garbage' ? '<html>Wartungsarbeiten{' : '{"items": []}');
      return;
    }
    const send = (json: unknown) =>
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(json));
    const list = /^\/oparl\/body\/1\/(\w+)$/.exec(url.pathname)?.[1] as ListName | undefined;
    if (url.pathname === '/oparl/system') return send(systemJson());
    if (url.pathname === '/oparl/bodies') {
      return send({ data: [bodyJson()], pagination: { totalElements: 1 }, links: {} });
    }
    if (list && data && LISTS.includes(list)) return send(listPage(url, data.lists[list]));
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  }

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oparl`;
  const size = { organizations: 6, persons: 25, meetings: 12, papers: 40, ...options.size };
  const firstMeeting = options.firstMeeting ?? new Date(Date.now() + 2 * 86_400_000);
  data = councilData(version, base, size, firstMeeting);
  const held = (list: ListName, index: number) => {
    const found = data?.lists[list][index];
    if (!found) throw new Error(`No ${list} ${index} in the sample council.`);
    return found;
  };
  return {
    system: `${base}/system`,
    data,
    requests,
    change(list, index, fields) {
      const h = held(list, index);
      h.modifiedMs = Date.now();
      h.json = { ...h.json, ...fields, modified: new Date(h.modifiedMs).toISOString() };
    },
    add(list, json) {
      const modifiedMs = Date.now();
      data?.lists[list].push({
        json: { ...json, modified: new Date(modifiedMs).toISOString() },
        modifiedMs,
        deleted: false,
      });
    },
    remove(list, index) {
      const h = held(list, index);
      h.modifiedMs = Date.now();
      h.deleted = true;
      h.json = { ...h.json, modified: new Date(h.modifiedMs).toISOString() };
    },
    fail(prefix, how, times = Number.POSITIVE_INFINITY) {
      if (how) failures.set(prefix, { how, times });
      else failures.delete(prefix);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
