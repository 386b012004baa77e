// Periodic inspection intervals, in years, as dated parameters: [S] values from a reprinted table
// of the TSG rules (fact pack §20), [U] values as marked assumptions. `cycleYearsOf` turns one
// schedule's facts into its interval; it is the unchecked core shared by `nextInspectionDue` and
// the simulation.
import { type DatedParameter, defineParameter, integerAt, type Localized } from '@gd-ftz/core';
import { CITES, SPECIAL_EQUIPMENT_LAW_FROM } from './law';
import type { GasClass, InspectionKind, SafetyGrade } from './model';

const YEARS = { zh: '年', en: 'years' } as const;
const TABLE_NOTE = {
  zh: '按特种设备安全法施行日（2014-01-01）起算：所据安全技术规范的版本及其施行日期未确认',
  en: 'Dated from the law in force (2014-01-01): the TSG edition of the interval and its own date are not confirmed',
};

function interval(
  name: string,
  zh: string,
  en: string,
  value: string,
  assumption?: Localized,
): DatedParameter {
  return defineParameter({
    name: `specialEquipment.interval.${name}`,
    label: { zh, en },
    unit: YEARS,
    kind: 'integer',
    entries: [{ from: SPECIAL_EQUIPMENT_LAW_FROM, value, source: CITES.intervalTable, note: TABLE_NOTE }],
    ...(assumption === undefined ? {} : { assumption }),
  });
}

const UNCONFIRMED = (zh: string, en: string): Localized => ({
  zh: `${zh}：事实资料未确认（其他设备），作为建模假设`,
  en: `${en}: not confirmed in the fact pack (other equipment); kept as a modelling assumption`,
});

/**
 * The interval parameters, by name.
 * @example
 * integerAt(INTERVALS.vesselFirst, '2024-01-01') // 3
 */
export const INTERVALS = {
  vesselFirst: interval('vesselFirst', '压力容器首次定期检验', 'Pressure vessel, first inspection', '3'),
  vesselFirstNonMetallic: interval(
    'vesselFirstNonMetallic',
    '非金属压力容器首次定期检验',
    'Non-metallic pressure vessel, first inspection',
    '1',
  ),
  vesselGrade12: interval('vesselGrade12', '安全状况等级1、2级检验周期', 'Grade 1–2 vessel cycle', '6'),
  vesselGrade3Min: interval(
    'vesselGrade3Min',
    '安全状况等级3级检验周期下限',
    'Grade 3 vessel cycle, shortest',
    '3',
  ),
  vesselGrade3Max: interval(
    'vesselGrade3Max',
    '安全状况等级3级检验周期上限',
    'Grade 3 vessel cycle, longest',
    '6',
  ),
  vesselGrade4Max: interval(
    'vesselGrade4Max',
    '安全状况等级4级监控使用累计上限',
    'Grade 4 vessel, monitored use at most',
    '3',
  ),
  boilerExternal: interval('boilerExternal', '锅炉外部检验周期', 'Boiler external inspection cycle', '1'),
  boilerExternalFirst: interval(
    'boilerExternalFirst',
    '锅炉首次外部检验',
    'Boiler, first external inspection',
    '1',
    {
      zh: '表中外部检验为"每年"；首次外部检验假设为投入使用后1年，与首次内部检验相同',
      en: 'The table gives external inspections "every year"; the first one is assumed one year after start-up, as for the first internal inspection',
    },
  ),
  boilerInternal: interval('boilerInternal', '锅炉内部检验周期', 'Boiler internal inspection cycle', '2'),
  boilerInternalFirst: interval(
    'boilerInternalFirst',
    '锅炉首次内部检验',
    'Boiler, first internal inspection',
    '1',
  ),
  cylinderCorrosive: interval('cylinderCorrosive', '腐蚀性气体气瓶检验周期', 'Cylinder, corrosive gas', '2'),
  cylinderGeneral: interval('cylinderGeneral', '一般气体气瓶检验周期', 'Cylinder, general gas', '3'),
  cylinderInert: interval('cylinderInert', '惰性气体气瓶检验周期', 'Cylinder, inert gas', '5'),
  elevator: interval(
    'elevator',
    '电梯定期检验周期',
    'Elevator cycle',
    '1',
    UNCONFIRMED(
      '电梯每年一次（旧 TSG T7001；TSG T7001-2023 实行定期检验与自行检测交替）',
      'elevators yearly (old TSG T7001; TSG T7001-2023 alternates inspection and self-testing)',
    ),
  ),
  craneTower: interval(
    'craneTower',
    '塔式起重机、升降机、流动式起重机检验周期',
    'Tower crane / hoist / mobile crane cycle',
    '1',
    UNCONFIRMED('塔式起重机、升降机、流动式起重机每年一次', 'tower cranes, hoists, mobile cranes yearly'),
  ),
  craneBridge: interval(
    'craneBridge',
    '桥式、门式起重机检验周期',
    'Bridge / gantry crane cycle',
    '2',
    UNCONFIRMED('桥式、门式起重机每2年一次', 'bridge and gantry cranes every 2 years'),
  ),
  ropeway: interval(
    'ropeway',
    '客运索道检验周期',
    'Passenger ropeway cycle',
    '1',
    UNCONFIRMED('客运索道每年一次', 'ropeways yearly'),
  ),
  amusementRide: interval(
    'amusementRide',
    '大型游乐设施检验周期',
    'Amusement ride cycle',
    '1',
    UNCONFIRMED('大型游乐设施每年一次', 'amusement rides yearly'),
  ),
  inPlantVehicle: interval(
    'inPlantVehicle',
    '场（厂）内专用机动车辆检验周期',
    'In-plant vehicle cycle',
    '1',
    UNCONFIRMED('场（厂）内专用机动车辆每年一次', 'in-plant vehicles yearly'),
  ),
} as const;

/** The date an interval is read at: the basis date, or the law's entry into force if earlier. */
function asOf(basisEpochDay: number, lawFromEpochDay: number, basis: string): string {
  return basisEpochDay < lawFromEpochDay ? SPECIAL_EQUIPMENT_LAW_FROM : basis;
}

/** Facts of one schedule, already validated. */
export interface CycleFacts {
  readonly kind: InspectionKind;
  readonly first: boolean;
  readonly safetyGrade?: SafetyGrade | undefined;
  readonly cycleYears?: number | undefined;
  readonly nonMetallic?: boolean | undefined;
  readonly gas?: GasClass | undefined;
}

const LAW_FROM_DAY = 16071; // toEpochDay('2014-01-01'); checked in the law tests

/**
 * The interval in years of one schedule (null: grade 5, unusable until repaired), read as of the
 * basis date (`date`, epoch `day`). Unchecked: callers validate first.
 */
export function cycleYearsOf(f: CycleFacts, date: string, day: number): number | null {
  const at = asOf(day, LAW_FROM_DAY, date);
  const get = (p: DatedParameter) => integerAt(p, at);
  switch (f.kind) {
    case 'pressure-vessel':
      if (f.safetyGrade === 5) return null;
      if (f.first) return get(f.nonMetallic ? INTERVALS.vesselFirstNonMetallic : INTERVALS.vesselFirst);
      if (f.safetyGrade === 1 || f.safetyGrade === 2) return get(INTERVALS.vesselGrade12);
      return f.cycleYears as number; // grades 3 and 4: the inspection body's choice, validated in range
    case 'boiler-external':
      return get(f.first ? INTERVALS.boilerExternalFirst : INTERVALS.boilerExternal);
    case 'boiler-internal':
      return get(f.first ? INTERVALS.boilerInternalFirst : INTERVALS.boilerInternal);
    case 'gas-cylinder':
      return get(
        f.gas === 'corrosive'
          ? INTERVALS.cylinderCorrosive
          : f.gas === 'inert'
            ? INTERVALS.cylinderInert
            : INTERVALS.cylinderGeneral,
      );
    case 'elevator':
      return get(INTERVALS.elevator);
    case 'crane-tower':
      return get(INTERVALS.craneTower);
    case 'crane-bridge':
      return get(INTERVALS.craneBridge);
    case 'passenger-ropeway':
      return get(INTERVALS.ropeway);
    case 'amusement-ride':
      return get(INTERVALS.amusementRide);
    case 'in-plant-vehicle':
      return get(INTERVALS.inPlantVehicle);
  }
}

/**
 * The allowed `cycleYears` of a vessel grade after an inspection (grade 3: 3–6, grade 4: 1–3), or
 * undefined when the grade fixes the cycle.
 * @example
 * cycleRangeOf(3, '2024-01-01') // [3, 6]
 */
export function cycleRangeOf(
  grade: SafetyGrade | undefined,
  date: string,
): readonly [number, number] | undefined {
  const at = date < SPECIAL_EQUIPMENT_LAW_FROM ? SPECIAL_EQUIPMENT_LAW_FROM : date;
  if (grade === 3)
    return [integerAt(INTERVALS.vesselGrade3Min, at), integerAt(INTERVALS.vesselGrade3Max, at)];
  if (grade === 4) return [1, integerAt(INTERVALS.vesselGrade4Max, at)];
  return undefined;
}
