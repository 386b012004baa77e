// The population's shape: none of these numbers is published for Guangdong, so each is a marked
// modelling assumption with its reason. The scenario's behavioural assumptions (late requests,
// detection rates, accident rate …) are parameters in params.ts, so the demo can move them.
import type { EquipmentKind, GasClass, SafetyGrade } from './model';

/** One assumption: its value and the one-line reason (zh/en). */
export interface Assumption<T> {
  readonly value: T;
  readonly reason: { readonly zh: string; readonly en: string };
}

/**
 * The population's fixed assumptions.
 * @example
 * POPULATION_ASSUMPTIONS.kindMix.value.elevator // 0.40
 */
export const POPULATION_ASSUMPTIONS = {
  kindMix: {
    value: {
      elevator: 0.4,
      'pressure-vessel': 0.3,
      'crane-bridge': 0.1,
      'crane-tower': 0.04,
      'in-plant-vehicle': 0.06,
      boiler: 0.04,
      'gas-cylinder': 0.055,
      'amusement-ride': 0.004,
      'passenger-ropeway': 0.001,
    } satisfies Record<EquipmentKind, number>,
    reason: {
      zh: '未见广东分类统计；按"电梯、压力容器占多数"的一般结构设定，气瓶按登记到台账的工业气瓶计',
      en: 'No Guangdong breakdown found; elevators and pressure vessels set as the bulk, cylinders as the industrial ones registered per unit',
    },
  },
  gradeMix: {
    value: { 1: 0.3, 2: 0.44, 3: 0.2, 4: 0.05, 5: 0.01 } satisfies Record<SafetyGrade, number>,
    reason: {
      zh: '定期检验后安全状况等级分布无公开统计；多数为1–2级，5级罕见',
      en: 'No published distribution of grades after inspection; most are 1–2, grade 5 is rare',
    },
  },
  gasMix: {
    value: { corrosive: 0.1, general: 0.6, inert: 0.3 } satisfies Record<GasClass, number>,
    reason: { zh: '气瓶介质构成无公开统计', en: 'No published mix of cylinder gases' },
  },
  nonMetallicShare: {
    value: 0.02,
    reason: { zh: '非金属压力容器占比很小（假设）', en: 'Non-metallic vessels are a small share (assumed)' },
  },
  riskClasses: {
    value: [
      { share: 0.5, weight: 0.5 },
      { share: 0.35, weight: 1 },
      { share: 0.15, weight: 3 },
    ],
    reason: {
      zh: '隐患在设备间不均匀：一成半高风险设备的隐患率为平均的约3倍；改革后的风险定向检查按台账数据识别风险等级',
      en: 'Hazards are uneven: 15% high-risk units at about 3× the mean rate; the reform’s targeted checks read the risk class from the ledger data',
    },
  },
  fixDays: {
    value: { min: 1, mode: 7, max: 30 },
    reason: {
      zh: '隐患整改天数（三角分布）无公开统计；改革前后相同',
      en: 'Days to fix a hazard (triangular) are not published; the same in both variants',
    },
  },
  requestLeadDays: {
    value: 30,
    reason: {
      zh: '按时申请者在届满前一个月内接受检验，检验日在此期间均匀分布',
      en: 'On-time users are inspected within the month before the due date, uniformly',
    },
  },
} as const;

/** Mean risk weight over the classes: Σ share × weight (0.25 + 0.35 + 0.45 = 1.05). */
export const MEAN_RISK_WEIGHT = POPULATION_ASSUMPTIONS.riskClasses.value.reduce(
  (s, c) => s + c.share * c.weight,
  0,
);

/**
 * Staff-time assumptions of the regulator, besides the scenario's `visitHours`.
 * @example
 * STAFF_ASSUMPTIONS.recheckHours.value // 2
 */
export const STAFF_ASSUMPTIONS = {
  recheckHours: {
    value: 2,
    reason: {
      zh: '整改复查（总局令第57号第二十九条）每次工时（假设）',
      en: 'Hours per re-check (Order 57 Art. 29), assumed',
    },
  },
  orderHours: {
    value: 0.25,
    reason: {
      zh: '线上发出一份安全监察指令的工时（假设）',
      en: 'Hours to issue one online supervision order, assumed',
    },
  },
} as const;
