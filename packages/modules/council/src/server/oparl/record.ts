import { createHash } from 'node:crypto';
import type { ImportSummary } from '@city-app/server';
import { dayOf, instantOf } from './dates.js';
import { pointOf } from './geojson.js';
import { OPARL_LIMITS } from './limits.js';
import { isOParlObject, type OParlJson, type OParlType, typeOf } from './types.js';

/** One OParl object as the module stores it: the columns it is found by, and its JSON. */
export interface OParlRecord {
  id: string;
  /** A short stable name for pages and the API (`keyOf`). */
  key: string;
  type: OParlType;
  body: string | null;
  /** The object it belongs to: an agenda item's meeting, a consultation's paper, a file's holder. */
  parent: string | null;
  name: string | null;
  startsAt: string | null;
  endsAt: string | null;
  day: string | null;
  organizations: string[];
  latitude: number | null;
  longitude: number | null;
  /** Lower-case words residents search by. */
  words: string;
  modified: string | null;
  deleted: boolean;
  /** The object with embedded objects replaced by their ids. */
  data: Record<string, unknown>;
  hash: string;
}

/**
 * Children an object lists in full (a meeting's agenda, a paper's consultations, a person's
 * memberships): one that was there before and is missing now is gone, also on a 1.0 server
 * that never says `deleted`.
 */
export interface OwnedChildren {
  parent: string;
  type: OParlType;
  ids: string[];
}

export interface ReadObjects {
  records: OParlRecord[];
  owned: OwnedChildren[];
  skipped: ImportSummary['skipped'];
}

const OWNED: Partial<Record<OParlType, { field: string; type: OParlType }>> = {
  Meeting: { field: 'agendaItem', type: 'AgendaItem' },
  Paper: { field: 'consultation', type: 'Consultation' },
  Person: { field: 'membership', type: 'Membership' },
};

// The field of a child that names its parent, when the server sends it.
const PARENT_FIELD: Partial<Record<OParlType, string>> = {
  AgendaItem: 'meeting',
  Consultation: 'paper',
  Membership: 'person',
};

/** 16 characters of the id's SHA-256: an object's name in the app's addresses. */
export function keyOf(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 16);
}

const text = (value: unknown, max = 500): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : null;

const urls = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );

function wordsOf(json: OParlJson): string {
  const parts = ['name', 'shortName', 'reference', 'number', 'paperType', 'title', 'fileName']
    .map((field) => text(json[field], 400))
    .filter(Boolean);
  return parts.join(' ').toLowerCase().slice(0, 2000);
}

/** The record of one object, its embedded objects already replaced by their ids. */
function recordOf(
  json: OParlJson,
  type: OParlType,
  data: Record<string, unknown>,
  context: { body: string | null; parent: string | null },
): OParlRecord {
  const point = type === 'Location' ? pointOf(json.geojson) : null;
  const parentField = PARENT_FIELD[type];
  const ownParent = parentField ? text(json[parentField], 2000) : null;
  const body = type === 'Body' ? json.id : (text(json.body, 2000) ?? context.body);
  const serialized = JSON.stringify(data);
  return {
    id: json.id,
    key: keyOf(json.id),
    type,
    body,
    parent: ownParent ?? context.parent,
    name: text(json.name) ?? text(json.title) ?? text(json.description),
    startsAt: type === 'Meeting' ? instantOf(json.start) : null,
    endsAt: type === 'Meeting' ? instantOf(json.end) : null,
    day: dayOf(json.date) ?? (type === 'LegislativeTerm' ? dayOf(json.startDate) : null),
    organizations: urls(json.organization).slice(0, 100),
    latitude: point?.latitude ?? null,
    longitude: point?.longitude ?? null,
    words: wordsOf(json),
    modified: instantOf(json.modified),
    deleted: json.deleted === true,
    data,
    hash: createHash('sha256').update(serialized).digest('base64url'),
  };
}

/**
 * An object and every object embedded in it (OParl embeds locations, files, agenda items,
 * consultations, memberships and legislative terms, in 1.0 and 1.1 alike), each as its own
 * record. Objects of types the module does not know, and oversized ones, are left out.
 */
export function readObjects(
  json: unknown,
  context: { body: string | null; parent?: string | null },
): ReadObjects {
  const result: ReadObjects = { records: [], owned: [], skipped: [] };
  visit(json, { body: context.body, parent: context.parent ?? null }, result, 0);
  return result;
}

function visit(
  json: unknown,
  context: { body: string | null; parent: string | null },
  result: ReadObjects,
  depth: number,
): string | null {
  if (!isOParlObject(json)) return null;
  const type = typeOf(json.type);
  if (!type || depth > 6) return null;
  const body = type === 'Body' ? json.id : (text(json.body, 2000) ?? context.body);
  const inner = { body, parent: json.id };
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(json)) {
    const owned = OWNED[type];
    if (Array.isArray(value) && (owned?.field === field || value.some(isOParlObject))) {
      const ids = value.map((item) => visit(item, inner, result, depth + 1) ?? item);
      data[field] = ids;
      // Only a list of objects is the whole list; a list of addresses may be partial.
      if (owned?.field === field && value.every(isOParlObject)) {
        result.owned.push({
          parent: json.id,
          type: owned.type,
          ids: ids.filter((id): id is string => typeof id === 'string'),
        });
      }
    } else if (isOParlObject(value) && typeOf(value.type)) {
      data[field] = visit(value, inner, result, depth + 1);
    } else data[field] = value;
  }
  if (JSON.stringify(data).length > OPARL_LIMITS.objectBytes) {
    result.skipped.push({
      item: json.id.slice(0, 200),
      reason: {
        de: `größer als ${OPARL_LIMITS.objectBytes / 1024} KB`,
        en: `larger than ${OPARL_LIMITS.objectBytes / 1024} KB`,
      },
    });
    return json.id;
  }
  result.records.push(recordOf(json, type, data, context));
  return json.id;
}
