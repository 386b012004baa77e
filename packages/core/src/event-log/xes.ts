// XES (IEEE 1849 eXtensible Event Stream) XML: one trace per case, events with concept:name,
// time:timestamp, lifecycle:transition and org:resource; the standard extensions and the
// classifiers declared in the log head, as the schema orders them (extension, global, classifier,
// log attributes, traces). Written in chunks so that a caller can stream it to a file.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import {
  attributeText,
  attributeType,
  checkAttributeName,
  type LogAttributeType,
  type LogWriteOptions,
  selection,
} from './attributes';
import { isoBeijing } from './time';
import type { EventLog, LogAttributes } from './types';

/**
 * The XES namespace every reader expects.
 * @example
 * toXes(log).includes(`xmlns="${XES_NAMESPACE}"`); // true
 */
export const XES_NAMESPACE = 'http://www.xes-standard.org/';

const EXTENSIONS = [
  ['Concept', 'concept'],
  ['Time', 'time'],
  ['Lifecycle', 'lifecycle'],
  ['Organizational', 'org'],
] as const;

const TAG: Record<LogAttributeType, string> = {
  string: 'string',
  integer: 'int',
  float: 'float',
  boolean: 'boolean',
};

/** Replaces the characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/FFFF). */
function stripForbidden(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const forbidden = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    if (forbidden) {
      out += `${s.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * XML-escapes text for an attribute value. Characters XML 1.0 forbids are replaced by U+FFFD.
 * @example
 * xmlEscape('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlEscape(s: string): string {
  if (typeof s !== 'string')
    throw ValidationError.of(
      's',
      `must be text, got ${describeValue(s)}`,
      `必须是文本，收到 ${describeValue(s)}`,
    );
  return stripForbidden(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attr(tag: string, key: string, value: string): string {
  return `<${tag} key="${key}" value="${xmlEscape(value)}"/>`;
}

function typed(attributes: LogAttributes | undefined, path: string, indent: string): string {
  if (!attributes) return '';
  let out = '';
  for (const [key, v] of Object.entries(attributes)) {
    checkAttributeName(key, `${path}.${key}`);
    out += `${indent}${attr(TAG[attributeType(v, `${path}.${key}`)], key, attributeText(v))}\n`;
  }
  return out;
}

/**
 * The log as XES XML, in chunks. With both variants in one file each trace is named
 * `<variant>:<case id>` and carries a `variant` attribute. A truncated log says so in its
 * log attributes (`cases-dropped`).
 * @example
 * for (const chunk of xesChunks(log, { variant: 'baseline' })) stream.write(chunk);
 */
export function* xesChunks(log: EventLog, options: LogWriteOptions = {}): Generator<string> {
  optionsObject(options);
  const { cases, both, nameOf } = selection(log, options);
  const summary = log.summary();
  let head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  head += `<log xes.version="2.0" xmlns="${XES_NAMESPACE}">\n`;
  for (const [name, prefix] of EXTENSIONS) {
    head += `  <extension name="${name}" prefix="${prefix}" uri="${XES_NAMESPACE}${name === 'Organizational' ? 'org' : prefix}.xesext"/>\n`;
  }
  head += `  <global scope="trace">\n    ${attr('string', 'concept:name', 'UNKNOWN')}\n  </global>\n`;
  head += '  <global scope="event">\n';
  head += `    ${attr('string', 'concept:name', 'UNKNOWN')}\n`;
  head += `    ${attr('date', 'time:timestamp', '1970-01-01T00:00:00.000+08:00')}\n`;
  head += `    ${attr('string', 'lifecycle:transition', 'complete')}\n`;
  head += '  </global>\n';
  head += '  <classifier name="Activity" keys="concept:name"/>\n';
  head += '  <classifier name="ActivityTransition" keys="concept:name lifecycle:transition"/>\n';
  head += `  ${attr('string', 'concept:name', options.name ?? 'gd-ftz simulated cases')}\n`;
  head += `  ${attr('string', 'lifecycle:model', 'standard')}\n`;
  head += `  ${attr('string', 'variant', options.variant ?? 'baseline+reform')}\n`;
  const dropped = options.variant
    ? summary.droppedCases[options.variant]
    : summary.droppedCases.baseline + summary.droppedCases.reform;
  head += `  ${attr('int', 'cases-dropped', String(dropped))}\n`;
  yield head;
  for (const c of cases) {
    let t = '  <trace>\n';
    t += `    ${attr('string', 'concept:name', both ? `${c.variant}:${c.id}` : c.id)}\n`;
    t += `    ${attr('string', 'variant', c.variant)}\n`;
    t += `    ${attr('string', 'case-type', c.type)}\n`;
    t += typed(c.attributes, `cases.${c.id}`, '    ');
    for (const e of c.events) {
      t += '    <event>\n';
      t += `      ${attr('string', 'concept:name', nameOf(e.activity))}\n`;
      t += `      ${attr('date', 'time:timestamp', isoBeijing(e.time))}\n`;
      t += `      ${attr('string', 'lifecycle:transition', 'complete')}\n`;
      if (e.resource !== undefined) t += `      ${attr('string', 'org:resource', e.resource)}\n`;
      t += `      ${attr('string', 'activity-id', e.activity)}\n`;
      t += typed(e.attributes, `events.${c.id}.${e.activity}`, '      ');
      t += '    </event>\n';
    }
    yield `${t}  </trace>\n`;
  }
  yield '</log>\n';
}

/**
 * The log as one XES XML string.
 * @example
 * const xml = toXes(log, { variant: 'reform', names: 'zh' });
 */
export function toXes(log: EventLog, options: LogWriteOptions = {}): string {
  optionsObject(options);
  return [...xesChunks(log, options)].join('');
}
