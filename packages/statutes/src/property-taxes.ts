// Taxes on property and on the VAT paid: 房产税 on rent and 城市维护建设税, for the rental engine.
import { defineParameter, type Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';

const propertyLaw = {
  zh: '中华人民共和国房产税暂行条例',
  en: 'Provisional Regulations of the PRC on Property Tax',
};
const property = articleOf(propertyLaw);
const propertyArticles = {
  art3: property('第三条', {
    zh: '从价计征依照房产原值一次减除10%至30%后的余值计算；出租的以房产租金收入为计税依据',
    en: 'the base is the residual value (original value less 10–30%), or the rent for leased property',
  }),
  art4: property('第四条', {
    zh: '依照房产余值计算的税率为1.2%，依照租金收入计算的税率为12%',
    en: 'rates: 1.2% of the residual value, 12% of the rent',
  }),
};

/**
 * 中华人民共和国房产税暂行条例 (1986, in force 1986-10-01; amended 2011-01-08). The 4% rate for
 * individuals' housing (财税〔2008〕24号) belongs to the engine that uses it.
 * @example
 * valueAt(propertyTax.params.rentRate, '2024-06-30').toString() // '0.12'
 */
export const propertyTax = defineStatute({
  key: 'propertyTax',
  law: propertyLaw,
  version: { revised: '2011-01-08', inForce: '2011-01-08' },
  articles: propertyArticles,
  params: {
    rentRate: defineParameter({
      name: 'propertyTax.rentRate',
      label: { zh: '从租计征税率', en: 'Rate on rent' },
      entries: [{ from: '1986-10-01', value: '0.12', source: propertyArticles.art4 }],
    }),
    residualValueRate: defineParameter({
      name: 'propertyTax.residualValueRate',
      label: { zh: '从价计征税率', en: 'Rate on the residual value' },
      entries: [{ from: '1986-10-01', value: '0.012', source: propertyArticles.art4 }],
    }),
  },
});

const umtLaw = {
  zh: '中华人民共和国城市维护建设税法',
  en: 'Urban Maintenance and Construction Tax Law of the PRC',
};
const umt = articleOf(umtLaw);
const FROM_2021 = '2021-09-01';
const umtArticles = {
  art2: umt('第二条', {
    zh: '以实际缴纳的增值税、消费税税额为计税依据',
    en: 'the base is the VAT and consumption tax actually paid',
  }),
  art4: umt('第四条', {
    zh: '税率：市区7%，县城、镇5%，其他1%',
    en: 'rates: 7% in a city district, 5% in a county town or town, 1% elsewhere',
  }),
};

function umtRate(name: string, label: Localized, value: string) {
  return defineParameter({
    name: `urbanMaintenanceTax.${name}`,
    label,
    entries: [{ from: FROM_2021, value, source: umtArticles.art4 }],
  });
}

/**
 * 中华人民共和国城市维护建设税法 (adopted 2020-08-11, in force 2021-09-01). No VAT paid, no surcharge.
 * @example
 * valueAt(urbanMaintenanceTax.params.cityRate, '2024-06-30').toString() // '0.07'
 */
export const urbanMaintenanceTax = defineStatute({
  key: 'urbanMaintenanceTax',
  law: umtLaw,
  version: { revised: '2020-08-11', inForce: FROM_2021 },
  articles: umtArticles,
  params: {
    cityRate: umtRate('cityRate', { zh: '市区税率', en: 'Rate in a city district' }, '0.07'),
    townRate: umtRate('townRate', { zh: '县城、镇税率', en: 'Rate in a county town or town' }, '0.05'),
    otherRate: umtRate('otherRate', { zh: '其他地区税率', en: 'Rate elsewhere' }, '0.01'),
  },
});
