// A flat event table (RFC 4180 CSV): one row per event with case, variant, activity (id and both
// labels), timestamp, resource, the objects involved, then one column per event attribute.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import {
  attributeText,
  collectTypes,
  type LogAttributeType,
  type LogWriteOptions,
  selection,
} from './attributes';
import { isoBeijing } from './time';
import type { EventLog } from './types';

/**
 * The fixed leading columns of the event CSV.
 * @example
 * toEventCsv(log).startsWith(EVENT_CSV_COLUMNS.join(',')); // true
 */
export const EVENT_CSV_COLUMNS = [
  'case_id',
  'variant',
  'activity',
  'activity_id',
  'activity_zh',
  'activity_en',
  'timestamp',
  'resource',
  'objects',
] as const;

/**
 * One CSV field, quoted when it holds a comma, quote or line break.
 * @example
 * csvField('a,b'); // '"a,b"'
 */
export function csvField(s: string): string {
  if (typeof s !== 'string')
    throw ValidationError.of(
      's',
      `must be text, got ${describeValue(s)}`,
      `必须是文本，收到 ${describeValue(s)}`,
    );
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The log as CSV lines (header first), each ending in CRLF as RFC 4180 has it. `activity` follows
 * the `names` option; the id and both labels are always there too. `objects` lists
 * `qualifier=type:id` separated by spaces.
 * @example
 * for (const line of eventCsvChunks(log)) stream.write(line);
 */
export function* eventCsvChunks(log: EventLog, options: LogWriteOptions = {}): Generator<string> {
  optionsObject(options);
  const { cases, nameOf } = selection(log, options);
  const types = new Map<string, LogAttributeType>();
  for (const c of cases) {
    for (const e of c.events) collectTypes(types, e.attributes, `events.${c.id}.${e.activity}`);
  }
  const extra = [...types.keys()].sort();
  yield `${[...EVENT_CSV_COLUMNS, ...extra].map(csvField).join(',')}\r\n`;
  for (const c of cases) {
    for (const e of c.events) {
      const a = log.activity(e.activity);
      const row = [
        c.id,
        c.variant,
        nameOf(e.activity),
        e.activity,
        a?.label.zh ?? '',
        a?.label.en ?? '',
        isoBeijing(e.time),
        e.resource ?? '',
        (e.objects ?? []).map((o) => `${o.qualifier}=${o.type}:${o.id}`).join(' '),
        ...extra.map((k) => {
          const v = e.attributes?.[k];
          return v === undefined ? '' : attributeText(v);
        }),
      ];
      yield `${row.map(csvField).join(',')}\r\n`;
    }
  }
}

/**
 * The log as one CSV string.
 * @example
 * const csv = toEventCsv(log, { variant: 'baseline' });
 */
export function toEventCsv(log: EventLog, options: LogWriteOptions = {}): string {
  optionsObject(options);
  return [...eventCsvChunks(log, options)].join('');
}
