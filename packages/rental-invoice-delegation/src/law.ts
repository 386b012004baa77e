// The law of measure 8: the shared articles from @gd-ftz/statutes (房产税暂行条例, 城建税法, 个税法 and
// its rules, 发票管理办法, 民法典), the normative documents only this engine cites, and every legal
// number as a dated, cited parameter declared once. Texts as reprinted in the fact pack
// (tax-measures.md §8, sources S42–S61); where the texts leave a point open the value is an
// assumption or an open reading, marked as such.
import { type Citation, defineParameter, type LegalBasis, type Localized } from '@gd-ftz/core';
import {
  civilCode,
  individualIncomeTax,
  individualIncomeTaxRules,
  invoiceMeasures,
  propertyTax,
  seedItem,
  urbanMaintenanceTax,
} from '@gd-ftz/statutes';

const YUAN: Localized = { zh: '元', en: 'CNY' };

const doc = (zh: string, en: string, docNo: string, note: Localized): Citation =>
  Object.freeze({ law: { zh, en }, docNo, note });

/**
 * The citations of measure 8, by what they establish: the shared articles from @gd-ftz/statutes
 * and the normative documents only this engine cites (as reprinted, fact pack §8).
 * @example
 * CITES.propertyTaxRate.article // '第四条'
 */
export const CITES = {
  seed: seedItem(8),
  vatRental: doc(
    '国家税务总局关于发布《纳税人提供不动产经营租赁服务增值税征收管理暂行办法》的公告',
    'SAT announcement on VAT on leasing immovable property',
    '国家税务总局公告2016年第16号',
    {
      zh: '其他个人出租不动产按5%征收率，出租住房减按1.5%，应纳税款=含税销售额÷(1+5%)×征收率',
      en: 'other individuals: 5% levy rate, housing reduced to 1.5%; tax = rent ÷ 1.05 × rate',
    },
  ),
  exemption2019: doc(
    '国家税务总局关于小规模纳税人免征增值税政策有关征管问题的公告',
    'SAT announcement on the small-scale VAT exemption',
    '国家税务总局公告2019年第4号',
    {
      zh: '月销售额10万元以下（含本数）免征；其他个人一次性收取的租金可在租赁期内平均分摊',
      en: 'monthly sales up to 100,000 (inclusive) exempt; an individual’s lump-sum rent is spread evenly over the lease',
    },
  ),
  exemption2021: doc(
    '国家税务总局关于小规模纳税人免征增值税征管问题的公告',
    'SAT announcement on the small-scale VAT exemption (2021)',
    '国家税务总局公告2021年第5号',
    {
      zh: '2021-04-01至2022-12-31月销售额15万元以下（含本数）免征',
      en: '2021-04-01 to 2022-12-31: monthly sales up to 150,000 (inclusive) exempt',
    },
  ),
  exemption2023: doc(
    '国家税务总局关于增值税小规模纳税人减免增值税等政策有关征管事项的公告',
    'SAT announcement on the small-scale VAT relief (2023)',
    '国家税务总局公告2023年第1号',
    {
      zh: '自2023-01-01起月销售额10万元以下（含本数）免征；其他个人租金分摊规则延续',
      en: 'from 2023-01-01 monthly sales up to 100,000 (inclusive) exempt; the spreading rule continues',
    },
  ),
  exemption2027: doc(
    '财政部 税务总局关于增值税小规模纳税人减免增值税政策的公告',
    'MOF/SAT announcement extending the small-scale VAT relief',
    '财政部 税务总局公告2023年第19号',
    {
      zh: '月销售额10万元以下免征政策执行至2027-12-31（原文未经本项目核对）',
      en: 'the 100,000 exemption runs to 2027-12-31 (the text was not checked by this project)',
    },
  ),
  eduSurcharge: doc(
    '国务院关于修改《征收教育费附加的暂行规定》的决定',
    'Provisional Regulations on the Education Surcharge (as amended)',
    '国务院令第448号',
    { zh: '教育费附加按实际缴纳增值税额的3%', en: '3% of the VAT actually paid' },
  ),
  localEduSurcharge: doc(
    '财政部关于统一地方教育附加政策有关问题的通知',
    'MOF notice unifying the local education surcharge',
    '财综〔2010〕98号',
    { zh: '地方教育附加按实际缴纳增值税额的2%', en: '2% of the VAT actually paid' },
  ),
  surchargeExemption: doc(
    '财政部 国家税务总局关于扩大有关政府性基金免征范围的通知',
    'MOF/SAT notice widening the exemption from government funds',
    '财税〔2016〕12号',
    {
      zh: '自2016-02-01起按月纳税的月销售额不超过10万元的免征教育费附加、地方教育附加',
      en: 'from 2016-02-01 monthly sales up to 100,000: no education surcharges',
    },
  ),
  halving2019: doc(
    '财政部 税务总局关于实施小微企业普惠性税收减免政策的通知',
    'MOF/SAT notice on inclusive tax relief for small and micro firms',
    '财税〔2019〕13号',
    {
      zh: '2019–2021年省级政府可对小规模纳税人在50%幅度内减征六税两费',
      en: '2019–2021: provinces may halve the six taxes and two fees of small-scale payers',
    },
  ),
  halving2022: doc(
    '财政部 税务总局关于进一步实施小微企业"六税两费"减免政策的公告',
    'MOF/SAT announcement on the six-taxes-two-fees relief (2022)',
    '财政部 税务总局公告2022年第10号',
    { zh: '2022-01-01至2024-12-31减征', en: '2022-01-01 to 2024-12-31' },
  ),
  halving2023: doc(
    '财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告',
    'MOF/SAT announcement on tax relief for small firms and individual businesses',
    '财政部 税务总局公告2023年第12号',
    {
      zh: '2023-01-01至2027-12-31对小规模纳税人减半征收六税两费',
      en: '2023-01-01 to 2027-12-31: the six taxes and two fees of small-scale payers halved',
    },
  ),
  smallScale: doc(
    '财政部 国家税务总局关于全面推开营业税改征增值税试点的通知 附件1',
    'MOF/SAT notice on the nationwide VAT reform, annex 1',
    '财税〔2016〕36号',
    {
      zh: '第三条：其他个人不属于一般纳税人，按小规模纳税人纳税（减半适用于自然人系推断，非原文）',
      en: 'art. 3: other individuals are not general taxpayers and pay as small-scale ones (halving for individuals is inferred)',
    },
  ),
  housingRates: doc(
    '财政部 国家税务总局关于廉租住房经济适用住房和住房租赁有关税收政策的通知',
    'MOF/SAT notice on taxes on low-rent housing and housing leases',
    '财税〔2008〕24号',
    {
      zh: '自2008-03-01起个人出租住房房产税减按4%、个人所得税减按10%',
      en: 'from 2008-03-01 individuals leasing housing: property tax 4%, IIT 10%',
    },
  ),
  netOfVat: doc(
    '财政部 国家税务总局关于营改增后契税 房产税 土地增值税 个人所得税计税依据问题的通知',
    'MOF/SAT notice on tax bases after the VAT reform',
    '财税〔2016〕43号',
    {
      zh: '出租房产计征房产税、个人所得税的租金收入不含增值税；免征增值税的，不扣减增值税额',
      en: 'the rent taxed for property tax and IIT excludes VAT; where VAT is exempt, nothing is deducted',
    },
  ),
  deductionOrder: doc(
    '国家税务总局关于个人转租房屋取得收入征收个人所得税问题的通知',
    'SAT notice on IIT on sub-letting',
    '国税函〔2009〕639号',
    {
      zh: '依次扣除：税费、向出租方支付的租金、修缮费用（每次800元为限，未扣完的下次继续扣除）、法定费用',
      en: 'deduct in order: taxes paid, rent paid to the head lessor, repairs (800 per time, rest carried forward), statutory deduction',
    },
  ),
  agentAuthorisation: doc(
    '电子税务局不动产租赁代开发票在线委托授权（操作指引）',
    'E-tax bureau guide: online authorisation for rental invoices',
    '广东省电子税务局',
    {
      zh: '授权记录委托人与受托人姓名、电话、证件号；按次（一次，未开票期间）或按年（同一不动产，自申请起一年）；须人脸或实名验证；税款属出租方，仅出租方可作废或申请退税',
      en: 'the authorisation records names, phones and IDs; per invoice (one, an uninvoiced period) or yearly (same property, a year from applying); face or real-name check; the tax belongs to the lessor, who alone may void or claim refunds',
    },
  ),
  collectFirst: invoiceMeasures.articles.art16,
  propertyTaxBase: propertyTax.articles.art3,
  propertyTaxRate: propertyTax.articles.art4,
  umtBase: urbanMaintenanceTax.articles.art2,
  umtRates: urbanMaintenanceTax.articles.art4,
  iitRate: individualIncomeTax.articles.art3,
  iitDeduction: individualIncomeTax.articles.art6,
  iitEachTime: individualIncomeTaxRules.articles.art14,
  periodInYears: civilCode.articles.art202,
} as const satisfies Record<string, Citation>;

/** 营改增: VAT on leases of immovable property from 2016-05-01. */
const FROM_VAT_REFORM = '2016-05-01';
/** 财税〔2008〕24号 in force. */
const FROM_2008_24 = '2008-03-01';

/**
 * The VAT levy rate of an individual leasing non-housing property (总局公告2016年第16号).
 * @example
 * valueAt(VAT_RATE, '2024-06-30').toString() // '0.05'
 */
export const VAT_RATE = defineParameter({
  name: 'rentalInvoiceDelegation.vatRate',
  label: { zh: '其他个人出租不动产征收率', en: 'VAT levy rate, individual leasing property' },
  entries: [{ from: FROM_VAT_REFORM, value: '0.05', source: CITES.vatRental }],
});

/**
 * The reduced VAT rate of an individual leasing housing (5% 减按 1.5%, 总局公告2016年第16号); the
 * rent is still divided by 1.05.
 * @example
 * valueAt(VAT_HOUSING_RATE, '2024-06-30').toString() // '0.015'
 */
export const VAT_HOUSING_RATE = defineParameter({
  name: 'rentalInvoiceDelegation.vatHousingRate',
  label: { zh: '个人出租住房减按征收率', en: 'Reduced VAT rate, individual leasing housing' },
  entries: [{ from: FROM_VAT_REFORM, value: '0.015', source: CITES.vatRental }],
});

/**
 * The monthly rent up to which (含本数) an individual's lease is VAT-exempt: 10万 (2019年第4号),
 * 15万 from 2021-04-01 to 2022-12-31 (2021年第5号), 10万 again from 2023-01-01 (2023年第1号), to
 * 2027-12-31 (财税公告2023年第19号); none stated after that. Months before 2019 are outside the model.
 * @example
 * valueAt(VAT_EXEMPT_MONTHLY, '2022-06-01').toString() // '150000'
 */
export const VAT_EXEMPT_MONTHLY = defineParameter({
  name: 'rentalInvoiceDelegation.vatExemptMonthly',
  label: { zh: '其他个人月租金免征增值税限额', en: 'Monthly rent exempt from VAT (individuals)' },
  unit: YUAN,
  entries: [
    { from: '2019-01-01', value: '100000', source: CITES.exemption2019 },
    { from: '2021-04-01', value: '150000', source: CITES.exemption2021 },
    { from: '2023-01-01', value: '100000', source: CITES.exemption2023 },
    { from: '2028-01-01', value: null, source: CITES.exemption2027 },
  ],
});

/**
 * Monthly sales (ex VAT) up to which the two education surcharges are not levied (财税〔2016〕12号).
 * @example
 * valueAt(SURCHARGE_EXEMPT_MONTHLY, '2024-06-30').toString() // '100000'
 */
export const SURCHARGE_EXEMPT_MONTHLY = defineParameter({
  name: 'rentalInvoiceDelegation.surchargeExemptMonthly',
  label: { zh: '免征教育费附加月销售额', en: 'Monthly sales exempt from the education surcharges' },
  unit: YUAN,
  entries: [{ from: '2016-02-01', value: '100000', source: CITES.surchargeExemption }],
});

/**
 * 教育费附加: 3% of the VAT paid (国务院令第448号).
 * @example
 * valueAt(EDU_SURCHARGE_RATE, '2024-06-30').toString() // '0.03'
 */
export const EDU_SURCHARGE_RATE = defineParameter({
  name: 'rentalInvoiceDelegation.eduSurchargeRate',
  label: { zh: '教育费附加征收率', en: 'Education surcharge rate' },
  entries: [{ from: '2005-10-01', value: '0.03', source: CITES.eduSurcharge }],
});

/**
 * 地方教育附加: 2% of the VAT paid (财综〔2010〕98号).
 * @example
 * valueAt(LOCAL_EDU_SURCHARGE_RATE, '2024-06-30').toString() // '0.02'
 */
export const LOCAL_EDU_SURCHARGE_RATE = defineParameter({
  name: 'rentalInvoiceDelegation.localEduSurchargeRate',
  label: { zh: '地方教育附加征收率', en: 'Local education surcharge rate' },
  entries: [{ from: '2011-01-01', value: '0.02', source: CITES.localEduSurcharge }],
});

/**
 * The 房产税 rate on an individual's housing rent: 4% (财税〔2008〕24号), against 12% of rent
 * (暂行条例 第四条, `propertyTax.params.rentRate`).
 * @example
 * valueAt(PROPERTY_TAX_HOUSING_RATE, '2024-06-30').toString() // '0.04'
 */
export const PROPERTY_TAX_HOUSING_RATE = defineParameter({
  name: 'rentalInvoiceDelegation.propertyTaxHousingRate',
  label: { zh: '个人出租住房房产税税率', en: 'Property tax rate, individual housing rent' },
  entries: [{ from: FROM_2008_24, value: '0.04', source: CITES.housingRates }],
});

/**
 * The IIT rate on an individual's housing rent: 10% (财税〔2008〕24号), against 20% (个税法 第三条).
 * @example
 * valueAt(IIT_HOUSING_RATE, '2024-06-30').toString() // '0.1'
 */
export const IIT_HOUSING_RATE = defineParameter({
  name: 'rentalInvoiceDelegation.iitHousingRate',
  label: { zh: '个人出租住房个人所得税税率', en: 'IIT rate, individual housing rent' },
  entries: [{ from: FROM_2008_24, value: '0.10', source: CITES.housingRates }],
});

/**
 * The share of 城建税, 房产税 and the two surcharges an individual pays under the 六税两费 relief:
 * 0.5 from 2019 (财税〔2019〕13号: up to 50% by province; 广东 chose 50%, an assumption here),
 * 2022年第10号 and 2023年第12号 to 2027-12-31; none stated after that (the full tax is due).
 * @example
 * valueAt(LOCAL_TAX_HALVING, '2024-06-30').toString() // '0.5'
 */
export const LOCAL_TAX_HALVING = defineParameter({
  name: 'rentalInvoiceDelegation.localTaxHalving',
  label: { zh: '六税两费减征后应纳比例', en: 'Share due under the six-taxes-two-fees relief' },
  entries: [
    { from: '2019-01-01', value: '0.5', source: CITES.halving2019 },
    { from: '2022-01-01', value: '0.5', source: CITES.halving2022 },
    { from: '2023-01-01', value: '0.5', source: CITES.halving2023 },
    { from: '2028-01-01', value: null, source: CITES.halving2023 },
  ],
});

/**
 * How many years an annual (按年) authorisation lasts from the day of applying. The
 * last day is the corresponding day a year later (民法典 第二百零二条 by analogy): an assumption,
 * the guides state no rule for it.
 * @example
 * integerAt(ANNUAL_AUTHORISATION_YEARS, '2024-06-30') // 1
 */
export const ANNUAL_AUTHORISATION_YEARS = defineParameter({
  name: 'rentalInvoiceDelegation.annualAuthorisationYears',
  label: { zh: '按年授权有效期', en: 'Term of a yearly authorisation' },
  unit: { zh: '年', en: 'years' },
  kind: 'integer',
  entries: [{ from: '2023-05-20', value: '1', source: CITES.agentAuthorisation }],
  assumption: {
    zh: '指引写明自申请之日起一年；最后一日按民法典第二百零二条取次年对应日（指引未写明）',
    en: 'The guides say a year from applying; the last day is taken as the corresponding day (civil code art. 202), which they do not state',
  },
});

/**
 * The open readings of the texts, each a choice the engine makes explicit (both sides cited):
 * - `exemptionTest`: the 10万 test on the rent as received ('gross', S45's worked example uses the
 *   rent received) or on 销售额 ex VAT ('net', 增值税 销售额 excludes the tax);
 * - `netRent`: the taxed-housing rent net of VAT as rent − VAT ('minus-vat') or rent ÷ 1.05
 *   ('divide', the 不含税销售额 of 2016年第16号's formula), for 财税〔2016〕43号;
 * - `deductionTest`: 个税法 第六条's 4,000 test on the month's rent before deductions ('before') or
 *   after the taxes, head rent and repairs ('after', 国税函〔2009〕639号's order).
 * @example
 * DEFAULT_READINGS.exemptionTest // 'gross'
 */
export const DEFAULT_READINGS = Object.freeze({
  exemptionTest: 'gross',
  netRent: 'minus-vat',
  deductionTest: 'after',
} as const);

/**
 * The legal basis of the open readings: an assumption naming both texts.
 * @example
 * READINGS_BASIS.kind // 'assumption'
 */
export const READINGS_BASIS: LegalBasis = Object.freeze({
  kind: 'assumption',
  reason: {
    zh: '开放解读：10万元测试含税或不含税；应税住房不含税租金=租金−增值税或÷1.05；4000元测试在扣除前或后。默认值见 DEFAULT_READINGS',
    en: 'Open readings: the 100,000 test with or without VAT; taxed-housing net rent = rent − VAT or ÷ 1.05; the 4,000 test before or after deductions. Defaults in DEFAULT_READINGS',
  },
  citations: [CITES.exemption2023, CITES.vatRental, CITES.netOfVat, CITES.iitDeduction, CITES.deductionOrder],
});

/**
 * Every dated parameter of this engine's own law, by name (the shared ones are in
 * @gd-ftz/statutes: propertyTax, urbanMaintenanceTax, individualIncomeTax).
 * @example
 * valueAt(LAW_PARAMS.vatHousingRate, '2024-06-30').toString() // '0.015'
 */
export const LAW_PARAMS = Object.freeze({
  vatRate: VAT_RATE,
  vatHousingRate: VAT_HOUSING_RATE,
  vatExemptMonthly: VAT_EXEMPT_MONTHLY,
  surchargeExemptMonthly: SURCHARGE_EXEMPT_MONTHLY,
  eduSurchargeRate: EDU_SURCHARGE_RATE,
  localEduSurchargeRate: LOCAL_EDU_SURCHARGE_RATE,
  propertyTaxHousingRate: PROPERTY_TAX_HOUSING_RATE,
  iitHousingRate: IIT_HOUSING_RATE,
  localTaxHalving: LOCAL_TAX_HALVING,
  annualAuthorisationYears: ANNUAL_AUTHORISATION_YEARS,
});
