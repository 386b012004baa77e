// The shared ledger: one value that company and regulator both read. Every change is an event
// appended to core's SHA-256 hash-chained audit log; the units are what replaying the log gives,
// so the state can always be checked against its history (tamper-evident both ways).
import {
  type AuditRecord,
  type AuditVerification,
  auditHash,
  canonicalJson,
  describeValue,
  GENESIS_HASH,
  ValidationError,
  verifyAuditLog,
} from '@gd-ftz/core';
import { ledgerEventSchema } from './ledger-events';
import { bad, commission, defined, next } from './ledger-step';
import type { EquipmentUnit, Ledger, LedgerEvent, LedgerEventData } from './model';
import { parseInput } from './validate';

type Units = Record<string, EquipmentUnit>;

function actorOf(e: LedgerEvent, unit: EquipmentUnit | undefined): string {
  switch (e.type) {
    case 'unit-inspected':
      return 'inspection-body';
    case 'supervision-visited':
    case 'hazard-rechecked':
      return 'regulator';
    case 'hazard-found':
      return e.foundBy === 'self-check'
        ? (unit?.userId ?? 'user')
        : e.foundBy === 'inspection'
          ? 'inspection-body'
          : 'regulator';
    case 'unit-commissioned':
      return e.userId;
    default:
      return unit?.userId ?? 'user';
  }
}

function seal(
  records: readonly AuditRecord<LedgerEventData>[],
  e: LedgerEvent,
  actor: string,
): AuditRecord<LedgerEventData> {
  const last = records[records.length - 1];
  const data = Object.freeze(defined({ ...e })) as unknown as LedgerEventData;
  const content = {
    seq: records.length + 1,
    at: e.at,
    actor,
    action: e.type,
    data,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return Object.freeze({ ...content, hash: auditHash(content) });
}

/** Applies one validated event to a mutable working copy. */
function applyInto(units: Units, records: AuditRecord<LedgerEventData>[], raw: unknown): void {
  const e = parseInput(ledgerEventSchema, raw, 'event') as LedgerEvent;
  const last = records[records.length - 1];
  if (last !== undefined && e.at < last.at.slice(0, 10)) {
    bad(
      'event.at',
      `must not be before the last recorded event (${last.at}): the log is append-only`,
      `不得早于最后一条记录的日期（${last.at}）`,
    );
  }
  const prior = Object.hasOwn(units, e.unitId) ? units[e.unitId] : undefined;
  let unit: EquipmentUnit;
  if (e.type === 'unit-commissioned') {
    if (prior !== undefined)
      bad('event.unitId', `unit ${e.unitId} is already in the ledger`, `设备 ${e.unitId} 已在台账中`);
    unit = commission(e);
  } else {
    if (prior === undefined)
      bad('event.unitId', `no unit ${e.unitId} in the ledger`, `台账中无设备 ${e.unitId}`);
    unit = next(prior, e);
  }
  records.push(seal(records, e, actorOf(e, prior ?? unit)));
  Object.defineProperty(units, e.unitId, {
    value: unit,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function freezeLedger(units: Units, records: AuditRecord<LedgerEventData>[]): Ledger {
  const last = records[records.length - 1];
  return Object.freeze({
    units: Object.freeze(units),
    records: Object.freeze(records),
    head: Object.freeze({ seq: records.length, hash: last?.hash ?? GENESIS_HASH }),
  });
}

function checkLedger(ledger: unknown): Ledger {
  const l = ledger as Partial<Ledger> | null;
  if (
    typeof l !== 'object' ||
    l === null ||
    typeof l.units !== 'object' ||
    l.units === null ||
    !Array.isArray(l.records) ||
    typeof l.head !== 'object' ||
    l.head === null
  ) {
    bad(
      'ledger',
      'must be a ledger made by createLedger or applyLedgerEvent',
      '必须是 createLedger 或 applyLedgerEvent 生成的台账',
    );
  }
  const last = l.records[l.records.length - 1];
  if (l.head.seq !== l.records.length || l.head.hash !== (last?.hash ?? GENESIS_HASH)) {
    bad(
      'ledger.head',
      'does not match the last record: the log was cut or altered',
      '与最后一条记录不符：记录被截断或改动',
    );
  }
  return l as Ledger;
}

/**
 * An empty ledger.
 * @example
 * const ledger = createLedger(); // { units: {}, records: [], head: { seq: 0, hash: GENESIS_HASH } }
 */
export function createLedger(): Ledger {
  return freezeLedger({}, []);
}

/**
 * Appends one event to the ledger and returns the new ledger; the given one is not changed. The
 * event is validated (its fields, its unit, its date not before the last record nor before the
 * unit's entry into use), the unit's state moves on (registration deadline, due date, status,
 * hazards with their re-check deadline) and the event is sealed into the hash chain.
 * @throws ValidationError naming each bad field (`event.<field>`, `ledger.head`);
 *   InvalidTransitionError for an event the unit's state forbids (anything after scrapping, a
 *   second registration, fixing a hazard that is not open).
 * @example
 * let l = createLedger();
 * l = applyLedgerEvent(l, { type: 'unit-commissioned', at: civilDate('2024-09-05'), unitId: 'PV-1', userId: 'U-1', kind: 'pressure-vessel' });
 * l.units['PV-1']?.registrationDeadline; // '2024-10-08'
 * l.units['PV-1']?.due; // '2027-09-05'
 */
export function applyLedgerEvent(ledger: Ledger, e: LedgerEvent): Ledger {
  const l = checkLedger(ledger);
  const units: Units = { ...l.units };
  const records = l.records.slice();
  applyInto(units, records, e);
  return freezeLedger(units, records);
}

/**
 * Rebuilds a ledger from its records: the hash chain is verified first, then every event is
 * applied again. The same records always give the same ledger.
 * @throws ValidationError naming `records.<i>` when the chain does not verify or an event does not apply.
 * @example
 * const again = replayLedger(ledger.records); // deep-equal to ledger
 */
export function replayLedger(records: readonly AuditRecord<LedgerEventData>[]): Ledger {
  const check = verifyAuditLog(records);
  if (!check.ok) bad(`records.${check.firstBadSeq - 1}`, check.message, `审计链校验失败（${check.reason}）`);
  const units: Units = {};
  const out: AuditRecord<LedgerEventData>[] = [];
  records.forEach((r) => {
    applyInto(units, out, r.data);
  });
  return freezeLedger(units, out);
}

/** Why a ledger failed verification: a break in the chain, or units that its events do not give. */
export type LedgerVerification =
  | AuditVerification
  | { readonly ok: false; readonly reason: 'units'; readonly message: string };

/**
 * Verifies a ledger: the hash chain (core's `verifyAuditLog`, against the ledger's head) and that
 * replaying the events gives exactly the units it holds. Any edit of a record or of a unit shows.
 * @example
 * verifyLedger(ledger); // { ok: true }
 */
export function verifyLedger(ledger: Ledger): LedgerVerification {
  if (ledger === null || typeof ledger !== 'object' || !Array.isArray(ledger.records)) {
    throw ValidationError.of(
      'ledger',
      `must be a ledger (an object with records), got ${describeValue(ledger)}`,
      `必须是台账（含 records 的对象），实际为 ${describeValue(ledger)}`,
    );
  }
  const chain = verifyAuditLog(ledger.records, { head: ledger.head });
  if (!chain.ok) return chain;
  let replayed: Ledger;
  try {
    replayed = replayLedger(ledger.records);
  } catch (err) {
    return { ok: false, reason: 'units', message: `the events do not replay: ${(err as Error).message}` };
  }
  if (canonicalJson(replayed.units as never) !== canonicalJson(ledger.units as never)) {
    return { ok: false, reason: 'units', message: 'the units differ from what the events give' };
  }
  return { ok: true };
}
