// OCEL 2.0 JSON (ocel-standard.org, "OCEL 2.0 Specification", JSON format): top-level
// objectTypes, eventTypes, objects and events; typed attribute declarations on the types; attribute
// values as strings (as the published JSON schema has them); event-to-object and object-to-object
// relationships with qualifiers. Written in chunks so that a caller can stream it to a file.
import { optionsObject } from '../options-object';
import {
  attributeText,
  collectTypes,
  type LogAttributeType,
  type LogWriteOptions,
  selection,
} from './attributes';
import { isoBeijing } from './time';
import type { EventLog, LogAttributes, LogCase, LogObjectRef } from './types';

/**
 * The time OCEL 2.0 gives a static object attribute (its initial value): the epoch, as the
 * specification's examples write it.
 * @example
 * JSON.parse(toOcelJson(log)).objects[0].attributes[0]?.time; // '1970-01-01T00:00:00Z'
 */
export const OCEL_STATIC_TIME = '1970-01-01T00:00:00Z';

/**
 * The qualifier relating each event to the object its case is about.
 * @example
 * JSON.parse(toOcelJson(log)).events[0].relationships[0].qualifier; // 'case'
 */
export const CASE_QUALIFIER = 'case';

interface ObjectEntry {
  readonly id: string;
  readonly type: string;
  readonly attributes: LogAttributes | undefined;
  readonly relationships: { objectId: string; qualifier: string }[];
}

function typeList(types: Map<string, Map<string, LogAttributeType>>) {
  return [...types.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, attrs]) => ({
      name,
      attributes: [...attrs.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([n, type]) => ({ name: n, type })),
    }));
}

function typeOf(
  types: Map<string, Map<string, LogAttributeType>>,
  name: string,
): Map<string, LogAttributeType> {
  const known = types.get(name);
  if (known) return known;
  const t = new Map<string, LogAttributeType>();
  types.set(name, t);
  return t;
}

function attrs(a: LogAttributes | undefined): { name: string; value: string }[] {
  return a ? Object.entries(a).map(([name, v]) => ({ name, value: attributeText(v) })) : [];
}

/**
 * The log as OCEL 2.0 JSON, in chunks (join them, or write them one by one).
 * With both variants in one file every object id is prefixed `baseline:` / `reform:` (the two
 * variants are two simulated worlds of the same population) and every event has a `variant`
 * attribute.
 * @example
 * for (const chunk of ocelJsonChunks(log, { variant: 'reform' })) stream.write(chunk);
 */
export function* ocelJsonChunks(log: EventLog, options: LogWriteOptions = {}): Generator<string> {
  optionsObject(options);
  const { cases, both, nameOf } = selection(log, options);
  const oid = both ? (c: LogCase, id: string) => `${c.variant}:${id}` : (_c: LogCase, id: string) => id;
  const eventTypes = new Map<string, Map<string, LogAttributeType>>();
  const objectTypes = new Map<string, Map<string, LogAttributeType>>();
  const objects = new Map<string, ObjectEntry>();
  const addObject = (c: LogCase, ref: { id: string; type: string; attributes?: LogAttributes }) => {
    const id = oid(c, ref.id);
    let o = objects.get(id);
    if (!o) {
      o = { id, type: ref.type, attributes: ref.attributes, relationships: [] };
      objects.set(id, o);
    }
    collectTypes(typeOf(objectTypes, ref.type), ref.attributes, `objects.${ref.id}`);
    return o;
  };
  for (const c of cases) {
    const self = addObject(c, c);
    for (const r of c.objects) {
      addObject(c, r);
      self.relationships.push({ objectId: oid(c, r.id), qualifier: r.qualifier });
    }
    for (const e of c.events) {
      const name = nameOf(e.activity);
      const t = typeOf(eventTypes, name);
      if (e.resource !== undefined) t.set('resource', 'string');
      if (both) t.set('variant', 'string');
      collectTypes(t, e.attributes, `events.${c.id}.${e.activity}`);
      for (const r of e.objects ?? []) addObject(c, r);
    }
  }
  yield `{"objectTypes":${JSON.stringify(typeList(objectTypes))},`;
  yield `"eventTypes":${JSON.stringify(typeList(eventTypes))},"objects":[`;
  let first = true;
  for (const o of objects.values()) {
    const json = JSON.stringify({
      id: o.id,
      type: o.type,
      attributes: attrs(o.attributes).map((a) => ({ ...a, time: OCEL_STATIC_TIME })),
      relationships: o.relationships,
    });
    yield first ? json : `,${json}`;
    first = false;
  }
  yield '],"events":[';
  let n = 0;
  for (const c of cases) {
    const caseRefs: LogObjectRef[] = [{ id: c.id, type: c.type, qualifier: CASE_QUALIFIER }, ...c.objects];
    for (const e of c.events) {
      n++;
      const attributes = attrs(e.attributes);
      if (e.resource !== undefined) attributes.unshift({ name: 'resource', value: e.resource });
      if (both) attributes.unshift({ name: 'variant', value: c.variant });
      const relationships = [...caseRefs, ...(e.objects ?? [])].map((r) => ({
        objectId: oid(c, r.id),
        qualifier: r.qualifier,
      }));
      const json = JSON.stringify({
        id: `e${n}`,
        type: nameOf(e.activity),
        time: isoBeijing(e.time),
        attributes,
        relationships,
      });
      yield n === 1 ? json : `,${json}`;
    }
  }
  yield ']}';
}

/**
 * The log as one OCEL 2.0 JSON string.
 * @example
 * const json = toOcelJson(log); // JSON.parse(json).events.length === log.summary().events.baseline + …reform
 */
export function toOcelJson(log: EventLog, options: LogWriteOptions = {}): string {
  optionsObject(options);
  return [...ocelJsonChunks(log, options)].join('');
}
