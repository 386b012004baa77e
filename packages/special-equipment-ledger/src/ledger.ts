// The shared ledger: one value that company and regulator both read. Every change is an event
// appended to core's SHA-256 hash-chained audit log; the units are what replaying the log gives,
// so the state can always be checked against its history (tamper-evident both ways).
import {
  type AuditRecord,
  type AuditVerification,
  auditHash,
  type CivilDate,
  calendarCoverage,
  canonicalJson,
  fromEpochDay,
  GENESIS_HASH,
  InvalidTransitionError,
  parse,
  ValidationError,
  verifyAuditLog,
} from '@gd-ftz/core';
import { hazardRecheckDeadline, registrationDeadline } from './deadlines';
import { dueEpochDayOf, inspectionInputIssues } from './inspection-due';
import { ORDER_57_FROM, SPECIAL_EQUIPMENT_LAW_FROM } from './law';
import { CATEGORY_OF, ledgerEventSchema, SCHEDULES_OF } from './ledger-events';
import type {
  EquipmentUnit,
  Hazard,
  InspectionKind,
  Ledger,
  LedgerEvent,
  LedgerEventData,
  UnitCommissioned,
} from './model';

type Units = Record<string, EquipmentUnit>;

/** `T` with every field that may be undefined made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined fields, so that every unit and record is plain JSON with a canonical form. */
function defined<T extends object>(o: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Defined<T>;
}

function bad(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
}

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

/** The earliest due over a unit's schedules (-1: unusable), from its current facts. */
function dueOf(u: Omit<EquipmentUnit, 'due'>): number {
  let due = Number.POSITIVE_INFINITY;
  for (const kind of SCHEDULES_OF[u.kind]) {
    const last = u.lastInspected[kind];
    const d = dueEpochDayOf(
      defined({
        kind,
        commissionedOn: u.commissionedOn,
        lastInspectedOn: last,
        safetyGrade: u.safetyGrade,
        cycleYears: last === undefined ? undefined : u.cycleYears,
        nonMetallic: u.nonMetallic,
        gas: u.gas,
      }),
    );
    if (d < 0) return -1;
    if (d < due) due = d;
  }
  return due;
}

function withDue(u: Omit<EquipmentUnit, 'due'>): EquipmentUnit {
  const due = dueOf(u);
  return Object.freeze({ ...u, due: due < 0 ? null : fromEpochDay(due) });
}

/**
 * The registration deadline, or undefined for a unit put into use before the law (2014-01-01) or
 * before the first year the calendar knows: the ledger records old units without guessing.
 */
function deadlineIfKnown(at: CivilDate): CivilDate | undefined {
  if (at < SPECIAL_EQUIPMENT_LAW_FROM || at < calendarCoverage().from) return undefined;
  return registrationDeadline(at);
}

function commission(e: UnitCommissioned): EquipmentUnit {
  const vessel = e.kind === 'pressure-vessel';
  const issues = inspectionInputIssues(
    defined({
      kind: vessel ? 'pressure-vessel' : e.kind === 'gas-cylinder' ? 'gas-cylinder' : 'elevator',
      commissionedOn: e.at,
      safetyGrade: e.safetyGrade,
      nonMetallic: e.nonMetallic,
      gas: e.gas,
    }) as Parameters<typeof inspectionInputIssues>[0],
    'event',
  );
  if (issues.length > 0) throw new ValidationError(issues);
  const unit = defined({
    id: e.unitId,
    userId: e.userId,
    kind: e.kind,
    category: CATEGORY_OF[e.kind],
    commissionedOn: e.at,
    registrationDeadline: deadlineIfKnown(e.at),
    nonMetallic: e.nonMetallic,
    gas: e.gas,
    safetyGrade: e.safetyGrade,
    lastInspected: Object.freeze({}),
    status: e.safetyGrade === 5 ? ('out-of-service' as const) : ('in-use' as const),
    hazards: Object.freeze([]) as readonly Hazard[],
    accidents: 0,
  });
  return withDue(unit);
}

function hazardAt(u: EquipmentUnit, hazardId: string): [number, Hazard] {
  const i = u.hazards.findIndex((h) => h.id === hazardId);
  if (i < 0)
    bad('event.hazardId', `unit ${u.id} has no hazard ${hazardId}`, `设备 ${u.id} 无隐患 ${hazardId}`);
  return [i, u.hazards[i] as Hazard];
}

function replaceHazard(u: EquipmentUnit, i: number, h: Hazard): EquipmentUnit {
  const hazards = u.hazards.slice();
  hazards[i] = Object.freeze(defined(h));
  return Object.freeze({ ...u, hazards: Object.freeze(hazards) });
}

/** The unit after `e` (validated, later than the log's last record). Pure. */
function next(u: EquipmentUnit, e: Exclude<LedgerEvent, UnitCommissioned>): EquipmentUnit {
  const illegal = (why: string): never => {
    throw new InvalidTransitionError(u.status, e.type, why);
  };
  if (u.status === 'scrapped') illegal(`unit ${u.id} was scrapped (特种设备安全法 第四十八条)`);
  if (e.at < u.commissionedOn)
    bad('event.at', 'must not be before the unit was put into use', '不得早于投入使用日期');
  switch (e.type) {
    case 'unit-registered':
      if (u.registeredOn !== undefined) illegal(`unit ${u.id} is already registered`);
      return Object.freeze({ ...u, registeredOn: e.at });
    case 'inspection-requested':
      return Object.freeze({ ...u, inspectionRequestedOn: e.at });
    case 'unit-inspected': {
      const schedules: readonly InspectionKind[] = SCHEDULES_OF[u.kind];
      if (!schedules.includes(e.inspection)) {
        bad(
          'event.inspection',
          `must be one of ${schedules.join(', ')} for a ${u.kind}`,
          `该设备的检验类别应为 ${schedules.join('、')}`,
        );
      }
      const vessel = u.kind === 'pressure-vessel';
      const { inspectionRequestedOn: _, ...rest } = u;
      if (!e.passed) {
        if (e.safetyGrade !== undefined || e.cycleYears !== undefined) {
          bad(
            e.safetyGrade !== undefined ? 'event.safetyGrade' : 'event.cycleYears',
            'a failed inspection sets no grade or cycle',
            '检验不合格不评定等级和周期',
          );
        }
        return Object.freeze({ ...rest, status: 'out-of-service' as const });
      }
      const issues = inspectionInputIssues(
        defined({
          kind: e.inspection,
          commissionedOn: u.commissionedOn,
          lastInspectedOn: e.at,
          safetyGrade: vessel ? e.safetyGrade : undefined,
          cycleYears: e.cycleYears,
          nonMetallic: u.nonMetallic,
          gas: u.gas,
        }),
        'event',
      );
      if (!vessel && e.safetyGrade !== undefined)
        issues.push({
          path: 'event.safetyGrade',
          message: { en: 'applies to pressure vessels only', zh: '仅适用于压力容器' },
        });
      if (issues.length > 0) throw new ValidationError(issues);
      const grade = vessel ? e.safetyGrade : undefined;
      return withDue(
        defined({
          ...rest,
          lastInspected: Object.freeze({ ...u.lastInspected, [e.inspection]: e.at }),
          safetyGrade: grade,
          cycleYears: vessel ? e.cycleYears : undefined,
          status: grade === 5 ? ('out-of-service' as const) : ('in-use' as const),
        }),
      );
    }
    case 'self-checked':
      return Object.freeze({ ...u, lastSelfCheckOn: e.at });
    case 'hazard-found': {
      if (u.hazards.some((h) => h.id === e.hazardId))
        bad('event.hazardId', `hazard ${e.hazardId} is already recorded`, `隐患 ${e.hazardId} 已登记`);
      const h: Hazard = Object.freeze({
        id: e.hazardId,
        severity: e.severity,
        foundBy: e.foundBy,
        foundOn: e.at,
        state: 'open',
      });
      return Object.freeze({ ...u, hazards: Object.freeze([...u.hazards, h]) });
    }
    case 'hazard-fixed': {
      const [i, h] = hazardAt(u, e.hazardId);
      if (h.state !== 'open') illegal(`hazard ${h.id} is ${h.state}, not open`);
      // Serious hazards wait for the regulator's re-check (Order 57 第二十九条, from 2022-07-01).
      if (h.severity === 'serious' && e.at >= ORDER_57_FROM) {
        return replaceHazard(u, i, {
          ...h,
          state: 'fixed',
          fixedOn: e.at,
          recheckBy: hazardRecheckDeadline(e.at),
        });
      }
      return replaceHazard(u, i, { ...h, state: 'closed', fixedOn: e.at });
    }
    case 'hazard-rechecked': {
      const [i, h] = hazardAt(u, e.hazardId);
      if (h.state !== 'fixed') illegal(`hazard ${h.id} is ${h.state}: only a fixed hazard is re-checked`);
      if (e.passed) return replaceHazard(u, i, { ...h, state: 'closed', recheckedOn: e.at });
      const { fixedOn: _f, recheckBy: _r, ...open } = h;
      return replaceHazard(u, i, { ...open, state: 'open', recheckedOn: e.at });
    }
    case 'supervision-visited':
      return Object.freeze({ ...u, lastSupervisedOn: e.at });
    case 'accident-reported':
      return Object.freeze({ ...u, accidents: u.accidents + 1 });
    case 'unit-scrapped':
      return Object.freeze({ ...u, status: 'scrapped' as const, due: null });
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
  const e = parse(ledgerEventSchema, raw, 'event') as LedgerEvent;
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
