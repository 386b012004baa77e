// The catalogue of permits and filings a municipal linear project needs, with their prerequisites,
// materials and statutory limits. Sources: the statutes and Guangdong guides cited in law.ts.
import {
  assumption,
  cited,
  type DatedParameter,
  type LegalBasis,
  type Localized,
  type PeriodUnit,
  parse,
  z,
} from '@gd-ftz/core';
import {
  ALLOCATION_DECISION_RULE,
  DECISION_EXTENSION,
  DECISION_LIMIT,
  EIA_FORM_LIMIT,
  EIA_REPORT_LIMIT,
  EIA_RULE,
  LAND_USE_PERMIT_RULE,
  MERGE_NOTICE,
  PHASING_ANALOGUE,
  PREEXAMINATION_RULE,
  PROJECT_APPROVAL_RULE,
  SITING_LIMIT,
  SITING_RULE,
  SOIL_WATER_RULE,
  WORKS_PERMIT_RULE,
} from './law';

/**
 * Every permit or filing kind the engine knows, in catalogue order.
 * @example
 * PERMIT_KINDS[0] // 'siting'
 */
export const PERMIT_KINDS = [
  'siting',
  'land-use',
  'works',
  'eia-report',
  'eia-form',
  'eia-registration',
  'swc-approval',
  'swc-filing',
] as const;

/**
 * A permit or filing kind.
 * @example
 * const kind: PermitKind = 'works'; // 建设工程规划许可证
 */
export type PermitKind = (typeof PERMIT_KINDS)[number];

/** One of the permit kinds of the catalogue. */
export const permitKindSchema: z.ZodType<PermitKind> = z.enum(PERMIT_KINDS);

/** Alternatives of one family exclude each other (a project has one EIA tier, one 水保 route). */
export type PermitFamily = 'siting' | 'land-use' | 'works' | 'eia' | 'swc';

/** A licence is reviewed and decided; a filing (备案) is only recorded. */
export type Procedure = 'licence' | 'filing';

/** Whether the permit covers the whole project or can be issued segment by segment. */
export type PermitScope = 'project' | 'segment';

/** Materials common to every item: under the reform they are provided once. */
export const COMMON_MATERIALS = [
  'project-code',
  'application-form',
  'applicant-identity',
  'power-of-attorney',
] as const;

/** Item-specific materials. */
export const SPECIFIC_MATERIALS = [
  'approval-basis',
  'red-line-map',
  // The project's 批准/核准/备案 document (城乡规划法 第三十七条).
  'approval-document',
  // Proof of land use for 工程规划 (第四十条): the 用地规划许可证 and the 划拨决定书 issued with it.
  // The 划拨决定书 is no material of the 用地规划许可 itself: it comes with that permit (同步核发).
  'land-proof',
  'design-scheme',
  'eia-report',
  'eia-form',
  'eia-registration-form',
  'swc-plan',
  'swc-filing-form',
] as const;

/** A material of an application. */
export type MaterialId = (typeof COMMON_MATERIALS)[number] | (typeof SPECIFIC_MATERIALS)[number];

/** The statutory decision limit of a licence. */
export interface DecisionLimit {
  readonly period: DatedParameter;
  readonly unit: PeriodUnit;
  /** The one extension the law allows, or null. */
  readonly extension: DatedParameter | null;
  /**
   * The day the period runs from: the acceptance (行政许可法 第四十二条 "自受理…之日起") or the
   * receipt of the complete document (环境影响评价法 第二十二条 "自收到…之日起").
   */
  readonly runsFrom: 'acceptance' | 'receipt';
}

/** Review effort in working days (min, mode, max) of a triangular draw: a modelling assumption. */
export interface ReviewEffort {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/**
 * One entry of the catalogue.
 * @example
 * const spec: PermitSpec = permitSpec('works');
 * spec.procedure // 'licence'
 */
export interface PermitSpec {
  readonly kind: PermitKind;
  readonly family: PermitFamily;
  readonly name: Localized;
  readonly authority: Localized;
  readonly procedure: Procedure;
  readonly scope: PermitScope;
  readonly prerequisites: readonly PermitKind[];
  readonly materials: readonly MaterialId[];
  /** Null for filings, which are recorded on acceptance. */
  readonly limit: DecisionLimit | null;
  readonly review: ReviewEffort;
  /** Working days the builder needs to prepare the item-specific materials (assumption). */
  readonly preparation: ReviewEffort;
  readonly basis: LegalBasis;
}

const NATURAL_RESOURCES: Localized = { zh: '自然资源主管部门', en: 'Natural resources authority' };
const ECOLOGY: Localized = { zh: '生态环境主管部门', en: 'Ecology and environment authority' };
const WATER: Localized = { zh: '水行政主管部门', en: 'Water authority' };

const STANDARD: DecisionLimit = {
  period: DECISION_LIMIT,
  unit: 'workingDays',
  extension: DECISION_EXTENSION,
  runsFrom: 'acceptance',
};

const EFFORT_REASON = {
  zh: '审查和准备工作量未公布；按法定时限设定三角分布的工作日区间',
  en: 'Review and preparation effort is not published; triangular working-day ranges set around the statutory limits.',
};

/**
 * The catalogue, in topological order of the default prerequisites.
 * @example
 * CATALOGUE.works.prerequisites; // ['land-use']
 */
export const CATALOGUE: Readonly<Record<PermitKind, PermitSpec>> = {
  siting: {
    kind: 'siting',
    family: 'siting',
    name: { zh: '建设项目用地预审与选址意见书', en: 'Land pre-examination and siting opinion' },
    authority: NATURAL_RESOURCES,
    procedure: 'licence',
    scope: 'project',
    prerequisites: [],
    materials: ['approval-basis', 'red-line-map'],
    limit: { period: SITING_LIMIT, unit: 'workingDays', extension: null, runsFrom: 'acceptance' },
    review: { min: 15, mode: 28, max: 46 },
    preparation: { min: 3, mode: 5, max: 10 },
    basis: cited(SITING_RULE, PREEXAMINATION_RULE, MERGE_NOTICE),
  },
  'land-use': {
    kind: 'land-use',
    family: 'land-use',
    name: { zh: '建设用地规划许可证', en: 'Land-use planning permit' },
    authority: NATURAL_RESOURCES,
    procedure: 'licence',
    scope: 'segment',
    prerequisites: ['siting'],
    materials: ['approval-document'],
    limit: STANDARD,
    review: { min: 8, mode: 15, max: 30 },
    preparation: { min: 2, mode: 4, max: 8 },
    basis: cited(
      LAND_USE_PERMIT_RULE,
      PROJECT_APPROVAL_RULE,
      ALLOCATION_DECISION_RULE,
      MERGE_NOTICE,
      PHASING_ANALOGUE,
    ),
  },
  works: {
    kind: 'works',
    family: 'works',
    name: { zh: '建设工程规划许可证', en: 'Works planning permit' },
    authority: NATURAL_RESOURCES,
    procedure: 'licence',
    scope: 'segment',
    prerequisites: ['land-use'],
    materials: ['land-proof', 'design-scheme'],
    limit: STANDARD,
    review: { min: 10, mode: 18, max: 34 },
    preparation: { min: 5, mode: 10, max: 20 },
    basis: cited(WORKS_PERMIT_RULE, PHASING_ANALOGUE),
  },
  'eia-report': {
    kind: 'eia-report',
    family: 'eia',
    name: { zh: '环境影响报告书审批', en: 'EIA report approval' },
    authority: ECOLOGY,
    procedure: 'licence',
    scope: 'project',
    prerequisites: [],
    materials: ['eia-report'],
    limit: { period: EIA_REPORT_LIMIT, unit: 'days', extension: null, runsFrom: 'receipt' },
    review: { min: 20, mode: 32, max: 48 },
    preparation: { min: 10, mode: 20, max: 40 },
    basis: cited(EIA_RULE),
  },
  'eia-form': {
    kind: 'eia-form',
    family: 'eia',
    name: { zh: '环境影响报告表审批', en: 'EIA form approval' },
    authority: ECOLOGY,
    procedure: 'licence',
    scope: 'project',
    prerequisites: [],
    materials: ['eia-form'],
    limit: { period: EIA_FORM_LIMIT, unit: 'days', extension: null, runsFrom: 'receipt' },
    review: { min: 8, mode: 15, max: 25 },
    preparation: { min: 5, mode: 10, max: 20 },
    basis: cited(EIA_RULE),
  },
  'eia-registration': {
    kind: 'eia-registration',
    family: 'eia',
    name: { zh: '环境影响登记表备案', en: 'EIA registration filing' },
    authority: ECOLOGY,
    procedure: 'filing',
    scope: 'project',
    prerequisites: [],
    materials: ['eia-registration-form'],
    limit: null,
    review: { min: 0, mode: 0, max: 0 },
    preparation: { min: 1, mode: 1, max: 3 },
    basis: cited(EIA_RULE),
  },
  'swc-approval': {
    kind: 'swc-approval',
    family: 'swc',
    name: { zh: '水土保持方案审批', en: 'Soil and water conservation plan approval' },
    authority: WATER,
    procedure: 'licence',
    scope: 'project',
    prerequisites: [],
    materials: ['swc-plan'],
    limit: STANDARD,
    review: { min: 8, mode: 15, max: 30 },
    preparation: { min: 5, mode: 10, max: 20 },
    basis: cited(SOIL_WATER_RULE),
  },
  'swc-filing': {
    kind: 'swc-filing',
    family: 'swc',
    name: { zh: '水土保持方案备案', en: 'Soil and water conservation filing' },
    authority: WATER,
    procedure: 'filing',
    scope: 'project',
    prerequisites: [],
    materials: ['swc-filing-form'],
    limit: null,
    review: { min: 0, mode: 0, max: 0 },
    preparation: { min: 1, mode: 2, max: 4 },
    basis: assumption(
      {
        zh: '未经核实：报告表或承诺备案路径的适用门槛未能查得',
        en: 'Unconfirmed: the thresholds of the 报告表/承诺备案 route were not found.',
      },
      SOIL_WATER_RULE,
    ),
  },
};

/** The basis of the effort ranges in the catalogue. */
export const EFFORT_BASIS: LegalBasis = assumption(EFFORT_REASON);

/**
 * Whether a value is a known permit kind.
 * @example
 * isPermitKind('works'); // true
 */
export function isPermitKind(value: unknown): value is PermitKind {
  return typeof value === 'string' && (PERMIT_KINDS as readonly string[]).includes(value);
}

/**
 * The catalogue entry of a kind.
 * @example
 * permitSpec('siting').limit?.unit; // 'workingDays'
 */
export function permitSpec(kind: PermitKind): PermitSpec {
  return specOf(parse(permitKindSchema, kind, 'kind'));
}

/** {@link permitSpec} of a checked kind (internal: the simulation's hot paths). */
export function specOf(kind: PermitKind): PermitSpec {
  return CATALOGUE[kind];
}
