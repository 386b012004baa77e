// Cross-border e-commerce retail imports: the transaction limits and the 70% tax, and customs'
// return rules, for the return-warehouse engine. All seen as secondary sources.
import { defineParameter, type Localized } from '@gd-ftz/core';
import { defineStatute } from './statute';
import { DAYS, YUAN } from './units';

const SECONDARY: Localized = { zh: '据二手资料转载核对', en: 'checked against a secondary reprint' };

const tax2016 = {
  zh: '财政部 海关总署 国家税务总局关于跨境电子商务零售进口税收政策的通知',
  en: 'MOF/GACC/SAT notice on the tax policy for cross-border e-commerce retail imports',
};
const tax2018 = {
  zh: '财政部 海关总署 税务总局关于完善跨境电子商务零售进口税收政策的通知',
  en: 'MOF/GACC/SAT notice improving the tax policy for cross-border e-commerce retail imports',
};
const NOTICE_2016 = { law: tax2016, docNo: '财关税〔2016〕18号' };
const NOTICE_2018 = { law: tax2018, docNo: '财关税〔2018〕49号' };

/**
 * 财关税〔2018〕49号 (in force 2019-01-01): single transaction limit 5,000 yuan, annual 26,000 yuan;
 * with the history back to 财关税〔2016〕18号 (2,000 and 20,000 yuan; tariff 0, import VAT and
 * consumption tax at 70%, in force 2016-04-08, the date the 2016 notice states). Both seen as
 * secondary reprints.
 * @example
 * valueAt(crossBorderRetailImportTax.params.singleTransactionLimit, '2024-06-30').toString() // '5000'
 */
export const crossBorderRetailImportTax = defineStatute({
  key: 'crossBorderRetailImportTax',
  law: tax2018,
  docNo: '财关税〔2018〕49号',
  version: { revised: '2018-11-29', inForce: '2019-01-01' },
  note: SECONDARY,
  articles: {},
  params: {
    singleTransactionLimit: defineParameter({
      name: 'crossBorderRetailImportTax.singleTransactionLimit',
      label: { zh: '单次交易限值', en: 'Single transaction limit' },
      unit: YUAN,
      entries: [
        {
          from: '2016-04-08',
          value: '2000',
          source: {
            ...NOTICE_2016,
            note: { zh: '单次交易限值为人民币2000元', en: 'single transaction limit 2,000 yuan' },
          },
        },
        {
          from: '2019-01-01',
          value: '5000',
          source: {
            ...NOTICE_2018,
            note: { zh: '由2000元提高至5000元', en: 'raised from 2,000 to 5,000 yuan' },
          },
        },
      ],
    }),
    annualLimit: defineParameter({
      name: 'crossBorderRetailImportTax.annualLimit',
      label: { zh: '个人年度交易限值', en: 'Annual limit per person' },
      unit: YUAN,
      entries: [
        {
          from: '2016-04-08',
          value: '20000',
          source: {
            ...NOTICE_2016,
            note: { zh: '个人年度交易限值为人民币20000元', en: 'annual limit 20,000 yuan per person' },
          },
        },
        {
          from: '2019-01-01',
          value: '26000',
          source: {
            ...NOTICE_2018,
            note: { zh: '由20000元提高至26000元', en: 'raised from 20,000 to 26,000 yuan' },
          },
        },
      ],
    }),
    vatAndConsumptionTaxShare: defineParameter({
      name: 'crossBorderRetailImportTax.vatAndConsumptionTaxShare',
      label: {
        zh: '限值内进口环节增值税、消费税征收比例',
        en: 'Share of import VAT and consumption tax levied within the limits',
      },
      entries: [
        {
          from: '2016-04-08',
          value: '0.7',
          source: {
            ...NOTICE_2016,
            note: {
              zh: '限值以内关税税率暂设为0%，进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收',
              en: 'within the limits the tariff is 0% and import VAT and consumption tax are levied at 70% of the statutory amount',
            },
          },
        },
      ],
    }),
  },
});

const returns2018 = {
  zh: '海关总署关于跨境电子商务零售进出口商品有关监管事宜的公告',
  en: 'GACC announcement on the supervision of cross-border e-commerce retail imports and exports',
};

const returns2020 = {
  zh: '海关总署关于跨境电子商务零售进口商品退货有关监管事宜的公告',
  en: 'GACC announcement on the supervision of returns of cross-border e-commerce retail imports',
};

/**
 * 海关总署公告2020年第45号 (2020-03-28): a return is applied for within 30 days of the 申报清单's
 * release and the goods arrive within 45 days; the tax is then not levied and the consumer's annual
 * amount is restored. Seen as a secondary reprint. Before it, 海关总署公告2018年第194号 (from
 * 2019-01-01) set the same 30 days to apply and no arrival limit, so `returnArrivalDays` starts on
 * 2020-03-28.
 * @example
 * integerAt(crossBorderReturns.params.returnApplicationDays, '2024-06-30') // 30
 */
export const crossBorderReturns = defineStatute({
  key: 'crossBorderReturns',
  law: returns2020,
  docNo: '海关总署公告2020年第45号',
  version: { revised: '2020-03-28', inForce: '2020-03-28' },
  note: SECONDARY,
  articles: {},
  params: {
    returnApplicationDays: defineParameter({
      name: 'crossBorderReturns.returnApplicationDays',
      label: { zh: '自申报清单放行之日起申请退货期限', en: 'Return application period from release' },
      unit: DAYS,
      kind: 'integer',
      entries: [
        {
          from: '2019-01-01',
          value: '30',
          source: {
            law: returns2018,
            docNo: '海关总署公告2018年第194号',
            note: {
              zh: '自放行之日起30日内申请退货，无运抵期限',
              en: 'return applied for within 30 days of release; no arrival limit',
            },
          },
        },
        { from: '2020-03-28', value: '30', source: { law: returns2020, docNo: '海关总署公告2020年第45号' } },
      ],
    }),
    returnArrivalDays: defineParameter({
      name: 'crossBorderReturns.returnArrivalDays',
      label: { zh: '自申报清单放行之日起退货运抵期限', en: 'Return arrival period from release' },
      unit: DAYS,
      kind: 'integer',
      entries: [
        { from: '2020-03-28', value: '45', source: { law: returns2020, docNo: '海关总署公告2020年第45号' } },
      ],
    }),
  },
});

/**
 * 海关总署公告2021年第70号 (2021-09): the return centre warehouse inside a special supervision area,
 * for 1210 goods only, with WMS, video monitoring and data linked to customs. Cited as a whole.
 * @example
 * returnCentreWarehouse.whole.docNo // '海关总署公告2021年第70号'
 */
export const returnCentreWarehouse = defineStatute({
  key: 'returnCentreWarehouse',
  law: {
    zh: '海关总署关于全面推广跨境电子商务零售进口退货中心仓模式的公告',
    en: 'GACC announcement rolling out the return centre warehouse for cross-border e-commerce retail imports',
  },
  docNo: '海关总署公告2021年第70号',
  note: SECONDARY,
  articles: {},
  params: {},
});
