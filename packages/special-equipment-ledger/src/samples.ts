// Sample cases with their traces: a few units of the run, each told in both variants, every step
// naming the article it follows (or marked as an assumption).
import {
  assumption,
  cited,
  fromEpochDay,
  type LegalBasis,
  type Localized,
  type SampleCase,
  type TraceStep,
} from '@gd-ftz/core';
import { CITES } from './law';
import type { EquipmentKind } from './model';
import { SAMPLE_UNITS, type Story } from './simulate';
import type { UnitHappening } from './year';

const KIND_NAMES: Readonly<Record<EquipmentKind, Localized>> = {
  'pressure-vessel': { zh: '压力容器', en: 'pressure vessel' },
  boiler: { zh: '锅炉', en: 'boiler' },
  'gas-cylinder': { zh: '气瓶', en: 'gas cylinder' },
  elevator: { zh: '电梯', en: 'elevator' },
  'crane-tower': { zh: '塔式/流动式起重机', en: 'tower or mobile crane' },
  'crane-bridge': { zh: '桥式/门式起重机', en: 'bridge or gantry crane' },
  'passenger-ropeway': { zh: '客运索道', en: 'passenger ropeway' },
  'amusement-ride': { zh: '大型游乐设施', en: 'amusement ride' },
  'in-plant-vehicle': { zh: '场（厂）内专用机动车辆', en: 'in-plant vehicle' },
};

function stepOf(h: UnitHappening, reform: boolean): TraceStep {
  const at = fromEpochDay(h.day);
  const base = { kind: 'step' as const, fired: true, at };
  switch (h.what) {
    case 'registered':
      return {
        ...base,
        id: 'ledger.unit-registered',
        title: {
          zh: h.late ? '逾期办理使用登记' : '办理使用登记',
          en: h.late ? 'Registered late' : 'Registered',
        },
        inputs: { late: h.late ?? false },
        basis: cited(CITES.registration, CITES.civil201, CITES.civil203),
      };
    case 'requested':
      return {
        ...base,
        id: 'ledger.inspection-requested',
        title: { zh: '届满前一个月提出定期检验要求', en: 'Inspection requested a month before the due date' },
        inputs: { reminded: reform },
        basis: reform
          ? assumption(
              {
                zh: '改革后向企业和监管部门同时提醒（粤府函〔2023〕59号第20项）；提醒效果为假设参数 reminderEffect',
                en: 'The reform’s reminder to user and regulator (seed measure 20); its effect is the reminderEffect assumption',
              },
              CITES.periodicInspection,
              CITES.seed,
            )
          : cited(CITES.periodicInspection),
      };
    case 'overdue-order':
      return {
        ...base,
        id: 'ledger.supervision-order',
        title: {
          zh: '台账显示超期：线上发出安全监察指令',
          en: 'Ledger shows the unit overdue: online supervision order',
        },
        inputs: {},
        basis: assumption(
          {
            zh: '台账即时显示超期设备，监管部门发出指令要求在 orderDays 天内检验（假设）',
            en: 'The ledger shows overdue units at once and the regulator orders an inspection within orderDays (assumption)',
          },
          CITES.supervisionOrder,
          CITES.seed,
        ),
      };
    case 'inspected':
      return {
        ...base,
        id: 'ledger.unit-inspected',
        title: {
          zh: h.late ? '超期后接受定期检验' : '定期检验',
          en: h.late ? 'Inspected after the due date' : 'Periodic inspection',
        },
        inputs: { grade: h.grade ?? 0, late: h.late ?? false },
        result: h.grade === 5 ? 'out-of-service' : `next due in ${String(h.cycle)} years`,
        basis: cited(CITES.periodicInspection, CITES.intervalTable, CITES.civil202),
      };
    case 'visited':
      return {
        ...base,
        id: 'ledger.supervision-visited',
        title: {
          zh: reform ? '风险定向现场检查' : '"双随机"现场检查',
          en: reform ? 'Risk-targeted on-site check' : 'Random on-site check (双随机)',
        },
        inputs: { fined: h.fined ?? false },
        ...(h.fined ? { result: 'fine (Art. 84)' } : {}),
        basis: h.fined
          ? cited(CITES.randomChecks, CITES.fineUninspected)
          : reform
            ? assumption(
                {
                  zh: '按台账风险等级定向检查是模型假设',
                  en: 'Targeting by the ledger’s risk class is an assumption of the model',
                },
                CITES.randomChecks,
              )
            : cited(CITES.randomChecks),
      };
    case 'hazard-found': {
      const by = h.by ?? 'self-check';
      const basis: LegalBasis =
        by === 'self-check'
          ? cited(CITES.selfCheck, CITES.order74, ...(reform ? [CITES.seed] : []))
          : by === 'inspection'
            ? cited(CITES.periodicInspection, CITES.inspectorReport)
            : cited(CITES.randomChecks, CITES.seriousHazards);
      const who: Record<typeof by, Localized> = {
        'self-check': { zh: '企业自查发现隐患', en: 'Hazard found by the user’s self-check' },
        inspection: { zh: '定期检验发现隐患', en: 'Hazard found at the periodic inspection' },
        supervision: { zh: '现场检查发现隐患', en: 'Hazard found on site by the regulator' },
      };
      return {
        ...base,
        id: 'ledger.hazard-found',
        title: who[by],
        inputs: { hazard: h.hazard ?? -1, by },
        basis,
      };
    }
    case 'hazard-fixed':
      return {
        ...base,
        id: 'ledger.hazard-fixed',
        title: { zh: '隐患整改完成', en: 'Hazard fixed' },
        inputs: { hazard: h.hazard ?? -1 },
        basis: cited(CITES.faultCheck, CITES.recheck),
      };
  }
}

/** The stories of interest a sample is picked for. */
export type PickId = 'reminder' | 'self-found' | 'registration';

const PICKS: readonly {
  readonly id: PickId;
  readonly title: Localized;
  readonly test: (s: Story) => boolean;
}[] = [
  {
    id: 'reminder',
    title: { zh: '提醒与线上指令：逾期检验', en: 'Reminders and online orders: a late inspection' },
    test: (s) =>
      s.baseline.some((h) => h.what === 'inspected' && h.late) &&
      s.reform.some((h) => h.what === 'inspected'),
  },
  {
    id: 'self-found',
    title: { zh: '企业自查发现隐患', en: 'A hazard the user finds' },
    test: (s) =>
      s.reform.some((h) => h.what === 'hazard-found' && h.by === 'self-check') &&
      !s.baseline.some((h) => h.what === 'hazard-found' && h.by === 'self-check'),
  },
  {
    id: 'registration',
    title: { zh: '新设备使用登记', en: 'Registering a new unit' },
    test: (s) => s.baseline.some((h) => h.what === 'registered'),
  },
];

/** The pick ids, in the order the report shows them. */
export const PICK_IDS: readonly PickId[] = PICKS.map((p) => p.id);

/**
 * For each pick, the first unit (lowest number, below {@link SAMPLE_UNITS}) among `stories` whose
 * story it takes: none or one number each. A shard returns these; the least over all shards is the
 * whole population's first.
 * @example
 * firstPicks(stories); // { reminder: [3], 'self-found': [17], registration: [] }
 */
export function firstPicks(stories: ReadonlyMap<number, Story>): Record<PickId, number[]> {
  const units = [...stories.keys()].filter((u) => u < SAMPLE_UNITS).sort((a, b) => a - b);
  const out = {} as Record<PickId, number[]>;
  for (const pick of PICKS) {
    const u = units.find((k) => pick.test(stories.get(k) as Story));
    out[pick.id] = u === undefined ? [] : [u];
  }
  return out;
}

/**
 * The report's sample cases: one unit per story of interest (`picked`: its unit, if any), in both
 * variants, from the picked units' `stories` and kinds.
 * @example
 * samplesOf(picked, stories, kindOf).map((s) => s.id) // ['reminder-baseline', 'reminder-reform', …]
 */
export function samplesOf(
  picked: Readonly<Record<PickId, readonly number[]>>,
  stories: ReadonlyMap<number, Story>,
  kindOf: (unit: number) => EquipmentKind,
): SampleCase[] {
  const out: SampleCase[] = [];
  for (const pick of PICKS) {
    const u = picked[pick.id][0];
    const story = u === undefined ? undefined : stories.get(u);
    if (u === undefined || story === undefined) continue;
    const kind = KIND_NAMES[kindOf(u)];
    for (const variant of ['baseline', 'reform'] as const) {
      // Fixes are noted at year end: order every happening by its day (stable within a day).
      const happenings = [...story[variant]].sort((a, b) => a.day - b.day);
      const steps = happenings.map((h) => stepOf(h, variant === 'reform'));
      const last = steps[steps.length - 1];
      out.push({
        id: `${pick.id}-${variant}`,
        variant,
        title: {
          zh: `${pick.title.zh}（SE-${u}，${kind.zh}）`,
          en: `${pick.title.en} (SE-${u}, ${kind.en})`,
        },
        summary: last?.title ?? { zh: '年内无事件', en: 'Nothing happened in the year' },
        trace: { subject: `SE-${u}`, outcome: last?.title ?? { zh: '无', en: 'none' }, steps },
      });
    }
  }
  return out;
}
