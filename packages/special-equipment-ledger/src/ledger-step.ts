// One unit's move under one event: the pure transitions of the ledger (entry into use, registration,
// inspections and their due dates, hazards and their re-check deadline, scrapping). The event is
// already validated and dated in order; here the unit's own rules are checked.
import {
  type CivilDate,
  calendarCoverage,
  fromEpochDay,
  InvalidTransitionError,
  ValidationError,
} from '@gd-ftz/core';
import { registrationDeadline } from './deadlines';
import { type HazardEvent, hazardMachine } from './hazard-machine';
import { dueEpochDayOf, inspectionInputIssues } from './inspection-due';
import { SPECIAL_EQUIPMENT_LAW_FROM } from './law';
import { CATEGORY_OF, SCHEDULES_OF } from './ledger-events';
import type { EquipmentUnit, Hazard, InspectionKind, LedgerEvent } from './model';

type UnitCommissioned = Extract<LedgerEvent, { readonly type: 'unit-commissioned' }>;

/** `T` with every field that may be undefined made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined fields, so that every unit and record is plain JSON with a canonical form. */
export function defined<T extends object>(o: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Defined<T>;
}

export function bad(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
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

export function commission(e: UnitCommissioned): EquipmentUnit {
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
export function next(u: EquipmentUnit, e: Exclude<LedgerEvent, UnitCommissioned>): EquipmentUnit {
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
    case 'hazard-fixed':
    case 'hazard-rechecked': {
      const [i, h] = hazardAt(u, e.hazardId);
      const event: HazardEvent =
        e.type === 'hazard-fixed'
          ? { type: 'report-fix', at: e.at }
          : { type: 'recheck', at: e.at, passed: e.passed };
      const { id: _id, foundBy: _by, foundOn: _on, state, ...context } = h;
      const r = hazardMachine.transition(hazardMachine.restore({ state, context, at: null }), event);
      if (!r.ok) return illegal(`hazard ${h.id} is ${h.state}: ${r.error.reason.en}`);
      const next = r.snapshot;
      return replaceHazard(u, i, {
        id: h.id,
        foundBy: h.foundBy,
        foundOn: h.foundOn,
        ...next.context,
        state: next.state,
      });
    }
    case 'supervision-visited':
      return Object.freeze({ ...u, lastSupervisedOn: e.at });
    case 'accident-reported':
      return Object.freeze({ ...u, accidents: u.accidents + 1 });
    case 'unit-scrapped':
      return Object.freeze({ ...u, status: 'scrapped' as const, due: null });
  }
}
