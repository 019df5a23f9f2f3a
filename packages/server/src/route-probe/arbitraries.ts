import fc from 'fast-check';

/** The part of JSON Schema that `z.toJSONSchema` writes for route inputs. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Known good values per field name (`id: ['kamera']`), so requests reach past the 404. */
export type Examples = Record<string, readonly unknown[]>;

/**
 * What a stranger might type or a script send where text is expected: control characters,
 * days and times that do not exist, years far away, lone surrogates, odd numbers.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u001b[31m',
  'Zeile\r\n',
  '\u0085',
  '\ud800',
  '2026-02-30',
  '2026-12-38',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '25:61',
  '24:00',
  '2026-12-38T10:00',
  '2026-12-03T25:61',
  '9999-12-31T23:59',
  '2026-02-30T10:00:00+01:00',
  '9999-12-31T23:59:59+01:00',
  '+275760-09-13T00:00:00Z',
  '-1',
  '1e308',
  'NaN',
  'Infinity',
  'null',
  '../../etc/passwd',
  "'; drop table x; --",
  '<script>alert(1)</script>',
  'x'.repeat(10_001),
];

const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  0,
  0.5,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31) - 1,
];

/** A value of any JSON type, small. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, '', [], {}),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.string({ maxLength: 20 }),
);

const types = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') {
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= 254);
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 300);
    } catch {
      // A pattern JavaScript cannot read falls through to plain text.
    }
  }
  const minLength = Math.min(schema.minLength ?? 0, 200);
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 200));
  return fc.string({ minLength, maxLength });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1000;
  const max = Math.max(min, schema.maximum ?? schema.exclusiveMaximum ?? min + 10_000);
  if (integer) {
    return fc.integer({
      min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER),
      max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER),
    });
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/**
 * Values for `schema`: mostly ones it allows (so the request gets past validation), mixed
 * with hostile ones (so validation itself is tried); `name` picks known good examples.
 */
export function valueFor(
  schema: JsonSchema,
  examples: Examples = {},
  name = '',
): fc.Arbitrary<unknown> {
  const known = examples[name];
  const fitting = validValueFor(schema, examples);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: known?.length ? fc.oneof(fc.constantFrom(...known), fitting) : fitting,
    },
    { weight: 1, arbitrary: anyJson },
  );
}

function validValueFor(schema: JsonSchema, examples: Examples): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => valueFor(s, examples)));
  if (schema.allOf?.length) return valueFor(schema.allOf[0] as JsonSchema, examples);
  const [type, ...others] = types(schema);
  if (others.length)
    return fc.oneof(...types(schema).map((t) => validValueFor({ ...schema, type: t }, examples)));
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, examples), {
        minLength: Math.min(schema.minItems ?? 0, 3),
        maxLength: Math.max(Math.min(schema.minItems ?? 0, 3), Math.min(schema.maxItems ?? 3, 3)),
      });
    case 'object':
      return objectFor(schema, examples);
    default:
      return anyJson;
  }
}

/** An object with the schema's properties (required ones always), now and then an unknown one. */
export function objectFor(
  schema: JsonSchema,
  examples: Examples = {},
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) {
    model[key] = valueFor(property, examples, key);
  }
  const record = fc.record(model, {
    requiredKeys: Object.keys(properties).filter((key) => required.has(key)),
  });
  return fc
    .tuple(record, fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyJson), { freq: 10 }))
    .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
}

/** Plain text that fits the length bounds and that no text check refuses. */
function plainText(schema: JsonSchema): string {
  const min = schema.minLength ?? 0;
  return 'Beispieltext'.padEnd(min, 'x').slice(0, Math.max(min, schema.maxLength ?? 40));
}

/**
 * Values `schema` allows and nothing else (no hostile ones, no unknown properties): the parts
 * of a well-formed request. Optional properties appear only where `examples` names them.
 */
export function wellFormedValueFor(
  schema: JsonSchema,
  examples: Examples = {},
  name = '',
): fc.Arbitrary<unknown> {
  const known = examples[name];
  if (known?.length) return fc.constantFrom(...known);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alternatives?.length) {
    const chosen = alternatives.find((s) => !types(s).includes('null')) ?? alternatives[0];
    return wellFormedValueFor(chosen as JsonSchema, examples, name);
  }
  switch (types(schema)[0]) {
    case 'string':
      return schema.format || schema.pattern
        ? stringArbitrary(schema)
        : fc.constant(plainText(schema));
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const length = Math.min(schema.minItems ?? 0, 3);
      return fc.array(wellFormedValueFor(schema.items ?? {}, examples), {
        minLength: length,
        maxLength: length,
      });
    }
    case 'object':
      return wellFormedObjectFor(schema, examples);
    default:
      return fc.constant(null);
  }
}

/** An object of the schema's required properties, and the optional ones `examples` names. */
export function wellFormedObjectFor(
  schema: JsonSchema,
  examples: Examples = {},
): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(key) || examples[key]?.length) {
      model[key] = wellFormedValueFor(property, examples, key);
    }
  }
  return fc.record(model);
}
