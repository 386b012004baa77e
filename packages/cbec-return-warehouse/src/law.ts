// The law of measure 12: the shared laws from @gd-ftz/statutes (the 2016 and 2018 tax notices,
// customs' return announcements, the centre-warehouse announcement, 民法典), this measure's own
// numbers as dated, cited parameters declared once, and the assumptions with their reasons.
import { assumption, type Citation, defineParameter, type LegalBasis } from '@gd-ftz/core';
import {
  civilCode,
  crossBorderRetailImportTax,
  crossBorderReturns,
  returnCentreWarehouse,
  seedItem,
  withNote,
} from '@gd-ftz/statutes';

const NOTICE_2016 = {
  law: {
    zh: '财政部 海关总署 国家税务总局关于跨境电子商务零售进口税收政策的通知',
    en: 'MOF/GACC/SAT notice on the tax policy for cross-border e-commerce retail imports',
  },
  docNo: '财关税〔2016〕18号',
} as const;

const NOTICE_2018 = {
  law: crossBorderRetailImportTax.law,
  docNo: '财关税〔2018〕49号',
} as const;

const ANNOUNCEMENT_194 = {
  law: {
    zh: '海关总署关于跨境电子商务零售进出口商品有关监管事宜的公告',
    en: 'GACC announcement on the supervision of cross-border e-commerce retail imports and exports',
  },
  docNo: '海关总署公告2018年第194号',
} as const;

/**
 * The citations of measure 12, by what they establish.
 * @example
 * CITES.limitWording.article // '第一千二百五十九条'
 */
export const CITES = {
  /** The 2016 notice: tariff 0 and VAT/CT at 70% within the limits; beyond them general trade. */
  tax2016: {
    ...NOTICE_2016,
    note: {
      zh: '限值以内关税税率暂设为0%，增值税、消费税暂按法定应纳税额的70%征收；超过限值按一般贸易全额征税',
      en: 'within the limits tariff 0% and VAT/CT at 70% of the statutory amount; beyond them general trade, full tax',
    },
  },
  /** The 2018 notice: 5000/26000, and the one-item order over 5000 at full rates. */
  tax2018: {
    ...NOTICE_2018,
    note: {
      zh: '单次5000元、年度26000元；单件超过5000元而年度以内的按货物税率全额征收并计入年度额度',
      en: '5,000 per order, 26,000 a year; a one-item order over 5,000 within the year pays the full rates and counts',
    },
  },
  /** 海关总署公告2018年第194号: returns within 30 days of release, no arrival limit. */
  returns194: {
    ...ANNOUNCEMENT_194,
    note: { zh: '自放行之日起30日内申请退货', en: 'return applied for within 30 days of release' },
  },
  /** 海关总署公告2020年第45号: apply within 30 days, arrive within 45; tax not levied, quota restored. */
  returns45: crossBorderReturns.whole,
  /** 海关总署公告2021年第70号: the return centre warehouse, clause 六 (sorting, declaration, 复运出区). */
  centreWarehouse: withNote(returnCentreWarehouse.whole, {
    zh: '第二、三、六条：仅限1210，企业非失信，分拣后符合要求的正式申报退货，不符合的复运出区域',
    en: 'clauses 2, 3, 6: 1210 only, operator not 失信; after sorting compliant goods are declared returned, the rest leave the zone',
  }),
  /** 194号: goods unfit for domestic sale may be shipped out (退运) or destroyed (销毁). */
  disposal: {
    ...ANNOUNCEMENT_194,
    note: {
      zh: '不宜境内销售的商品可申请退运或销毁',
      en: 'goods unfit for domestic sale may be shipped out or destroyed',
    },
  },
  periodStart: civilCode.articles.art201,
  periodLastDayOff: civilCode.articles.art203,
  limitWording: civilCode.articles.art1259,
  seed: seedItem(12),
} as const satisfies Record<string, Citation>;

/**
 * 单次交易限值 (2000 from 2016-04-08, 5000 from 2019-01-01), from @gd-ftz/statutes.
 * @example
 * valueAt(SINGLE_TRANSACTION_LIMIT, '2018-12-31').toString() // '2000'
 */
export const SINGLE_TRANSACTION_LIMIT = crossBorderRetailImportTax.params.singleTransactionLimit;

/**
 * 个人年度交易限值 (20000 from 2016-04-08, 26000 from 2019-01-01), from @gd-ftz/statutes.
 * @example
 * valueAt(ANNUAL_LIMIT, '2024-06-30').toString() // '26000'
 */
export const ANNUAL_LIMIT = crossBorderRetailImportTax.params.annualLimit;

/**
 * The share of import VAT and consumption tax levied within the limits (0.7), from @gd-ftz/statutes.
 * @example
 * valueAt(REDUCED_TAX_SHARE, '2016-04-08').toString() // '0.7'
 */
export const REDUCED_TAX_SHARE = crossBorderRetailImportTax.params.vatAndConsumptionTaxShare;

/**
 * The tariff rate within the limits (财关税〔2016〕18号: 关税税率暂设为0%, kept by 2018年49号).
 * @example
 * valueAt(TARIFF_RATE_WITHIN_LIMITS, '2024-06-30').toString() // '0'
 */
export const TARIFF_RATE_WITHIN_LIMITS = defineParameter({
  name: 'cbecReturnWarehouse.tariffRateWithinLimits',
  label: { zh: '限值以内关税税率', en: 'Tariff rate within the limits' },
  entries: [{ from: '2016-04-08', value: '0', source: CITES.tax2016 }],
});

/**
 * Whether a one-item order over the single limit but within the annual limit may still enter as
 * cross-border retail at the full rates (1) or goes to general trade (0): 0 under 财关税〔2016〕18号
 * (完税价格超过2000元限值的单个不可分割商品 按一般贸易), 1 from 2019-01-01 (财关税〔2018〕49号).
 * @example
 * integerAt(ONE_ITEM_FULL_RATE, '2019-01-01') // 1
 */
export const ONE_ITEM_FULL_RATE = defineParameter({
  name: 'cbecReturnWarehouse.oneItemFullRate',
  label: {
    zh: '单件超过单次限值可按货物税率全额征收（1是0否）',
    en: 'One-item order over the single limit may enter at full rates (1 yes, 0 no)',
  },
  kind: 'integer',
  entries: [
    { from: '2016-04-08', value: '0', source: CITES.tax2016 },
    { from: '2019-01-01', value: '1', source: CITES.tax2018 },
  ],
});

/**
 * Days from release to apply for a return (194号 from 2019-01-01, 45号 from 2020-03-28: 30).
 * No return regime is modelled before 2019-01-01: looking it up earlier throws ParameterNotInForceError.
 * @example
 * integerAt(RETURN_APPLICATION_DAYS, '2019-06-30') // 30
 */
export const RETURN_APPLICATION_DAYS = crossBorderReturns.params.returnApplicationDays;

/**
 * Days from release for the goods to arrive back (45号 from 2020-03-28: 45); not in force before,
 * when 194号 set no arrival limit.
 * @example
 * isParameterInForce(RETURN_ARRIVAL_DAYS, '2020-03-27') // false
 */
export const RETURN_ARRIVAL_DAYS = crossBorderReturns.params.returnArrivalDays;

/**
 * The first day the return centre warehouse mode applies (value 1): 海关总署公告2021年第70号, dated
 * by the reprint consulted (2021-09-15); the announcement's own date was not checked.
 * @example
 * isParameterInForce(CENTRE_WAREHOUSE_MODE, '2021-09-01') // false
 */
export const CENTRE_WAREHOUSE_MODE = defineParameter({
  name: 'cbecReturnWarehouse.centreWarehouseMode',
  label: { zh: '退货中心仓模式（1为可用）', en: 'Return centre warehouse mode (1 = available)' },
  kind: 'integer',
  entries: [{ from: '2021-09-15', value: '1', source: CITES.centreWarehouse }],
});

/**
 * The day after release on which the collecting agent remits the tax of lines neither returned
 * nor amended (194号 as summarised by a secondary source: between day 31 and day 45).
 * @example
 * integerAt(TAX_REMITTANCE_DAY, '2024-06-30') // 31
 */
export const TAX_REMITTANCE_DAY = defineParameter({
  name: 'cbecReturnWarehouse.taxRemittanceDay',
  label: { zh: '代收代缴义务人缴纳税款日（放行后第N日）', en: 'Day after release the agent remits the tax' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: '2019-01-01', value: '31', source: CITES.returns194 }],
  assumption: {
    zh: '二手资料称第31日至第45日内汇总缴纳；取最早的第31日',
    en: 'A secondary source says the tax is paid between day 31 and day 45; the earliest day is taken',
  },
});

/**
 * Days of shelf life left a returned unit needs at sorting to go back into bonded stock.
 * @example
 * integerAt(MIN_SHELF_LIFE_DAYS, '2024-06-30') // 90
 */
export const MIN_SHELF_LIFE_DAYS = defineParameter({
  name: 'cbecReturnWarehouse.minShelfLifeDays',
  label: { zh: '重新入库所需剩余保质期', en: 'Shelf life left needed to restock' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: '2021-09-15', value: '90', source: CITES.centreWarehouse }],
  assumption: {
    zh: '70号公告只说"符合退货监管要求"，未给标准；假设剩余保质期至少90日方可再次销售',
    en: 'Announcement 70 only says "meets the return requirements"; assumed: at least 90 days of shelf life left to re-sell',
  },
});

/**
 * Each tax (tariff, consumption tax, VAT) of a line is rounded half-up to the fen once, after the
 * 70% share; the notices give the formula, not the rounding.
 * @example
 * TAX_ROUNDING.kind // 'assumption'
 */
export const TAX_ROUNDING: LegalBasis = assumption(
  {
    zh: '假设：每条清单每个税种在乘以70%后四舍五入到分（文件未规定舍入）',
    en: 'Assumption: each tax of a line is rounded half-up to the fen once, after the 70% share (the notices are silent)',
  },
  CITES.tax2016,
);

/**
 * Whether a return period's last day that is a day off moves to the next working day (民法典
 * 第二百零三条). The customs notices are silent, so the engine rolls by default and lets the caller
 * switch it off (`windowRollsOver: false`).
 * @example
 * WINDOW_ROLL.kind // 'assumption'
 */
export const WINDOW_ROLL: LegalBasis = assumption(
  {
    zh: '假设：退货期限末日为法定休假日的顺延（民法典第二百零三条）；海关公告未规定',
    en: 'Assumption: a return period ending on a day off moves to the next working day (Civil Code art. 203); the notices are silent',
  },
  CITES.periodLastDayOff,
);
