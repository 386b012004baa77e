// Test helpers shared by core's and the engines' event-log tests: the OCEL 2.0 JSON schema (ajv)
// and the IEEE XES XML schema (libxml2's xmllint compiled to WebAssembly, no native binary, works
// offline in Node 20), plus the structural checks a JSON schema cannot express.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const here = new URL('../schemas/', import.meta.url);
const OCEL_SCHEMA = JSON.parse(readFileSync(new URL('ocel20-schema.json', here), 'utf8')) as object;
const XES_XSD = readFileSync(new URL('xes-ieee-1849.xsd', here), 'utf8');

// ajv-formats ships CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const ocelValidator = ajv.compile(OCEL_SCHEMA);

const OCEL_TYPES = new Set(['string', 'time', 'integer', 'float', 'boolean']);
const BEIJING_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/;

interface OcelDoc {
  objectTypes: { name: string; attributes: { name: string; type: string }[] }[];
  eventTypes: { name: string; attributes: { name: string; type: string }[] }[];
  objects: {
    id: string;
    type: string;
    attributes?: { name: string }[];
    relationships?: { objectId: string }[];
  }[];
  events: {
    id: string;
    type: string;
    time: string;
    attributes?: { name: string }[];
    relationships?: { objectId: string }[];
  }[];
}

/**
 * Problems of an OCEL 2.0 JSON text: the published schema's errors, then what the schema cannot
 * say (declared types exist and use the spec's five type names, every referenced object exists,
 * ids are unique, attribute names are declared on their type, times carry +08:00).
 */
export function ocelProblems(json: string): string[] {
  const doc = JSON.parse(json) as OcelDoc;
  if (!ocelValidator(doc)) {
    return (ocelValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
  const problems: string[] = [];
  const types = (list: OcelDoc['eventTypes']) => {
    const m = new Map<string, Set<string>>();
    for (const t of list) {
      if (m.has(t.name)) problems.push(`type ${t.name} declared twice`);
      m.set(t.name, new Set(t.attributes.map((a) => a.name)));
      for (const a of t.attributes)
        if (!OCEL_TYPES.has(a.type)) problems.push(`${t.name}.${a.name}: type ${a.type}`);
    }
    return m;
  };
  const eventTypes = types(doc.eventTypes);
  const objectTypes = types(doc.objectTypes);
  const objectIds = new Set<string>();
  for (const o of doc.objects) {
    if (objectIds.has(o.id)) problems.push(`object ${o.id} twice`);
    objectIds.add(o.id);
    const t = objectTypes.get(o.type);
    if (!t) problems.push(`object ${o.id}: undeclared type ${o.type}`);
    for (const a of o.attributes ?? [])
      if (!t?.has(a.name)) problems.push(`object ${o.id}: undeclared ${a.name}`);
  }
  for (const o of doc.objects) {
    for (const r of o.relationships ?? [])
      if (!objectIds.has(r.objectId)) problems.push(`object ${o.id} → ${r.objectId}`);
  }
  const eventIds = new Set<string>();
  for (const e of doc.events) {
    if (eventIds.has(e.id)) problems.push(`event ${e.id} twice`);
    eventIds.add(e.id);
    const t = eventTypes.get(e.type);
    if (!t) problems.push(`event ${e.id}: undeclared type ${e.type}`);
    if (!BEIJING_ISO.test(e.time)) problems.push(`event ${e.id}: time ${e.time}`);
    for (const a of e.attributes ?? [])
      if (!t?.has(a.name)) problems.push(`event ${e.id}: undeclared ${a.name}`);
    if ((e.relationships ?? []).length === 0) problems.push(`event ${e.id}: no object`);
    for (const r of e.relationships ?? [])
      if (!objectIds.has(r.objectId)) problems.push(`event ${e.id} → ${r.objectId}`);
    if (problems.length > 20) break;
  }
  return problems;
}

/** Problems xmllint finds validating an XES text against the IEEE XES schema. */
export async function xesProblems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'log.xes', contents: xml }],
    schema: [{ fileName: 'xes.xsd', contents: XES_XSD }],
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.slice(0, 20).map((e) => e.rawMessage);
}
