// The seed document every engine models: 粤府函〔2023〕59号 and its 20 measures.
import { type Citation, ConfigurationError, isLocalized, measureInfo } from '@gd-ftz/core';
import { SEED_ITEM_TEXTS } from './seed-items';
import { defineStatute } from './statute';

/**
 * The seed's document number.
 * @example
 * SEED_DOC_NO // '粤府函〔2023〕59号'
 */
export const SEED_DOC_NO = '粤府函〔2023〕59号';

/**
 * 广东省人民政府关于复制推广中国（广东）自由贸易试验区第八批改革创新经验的通知 (2023-05-20): the 20
 * measures the engines model. Cite one measure with {@link seedItem}.
 * @example
 * seedNotice.whole.docNo // '粤府函〔2023〕59号'
 */
export const seedNotice = defineStatute({
  key: 'seedNotice',
  law: {
    zh: '广东省人民政府关于复制推广中国（广东）自由贸易试验区第八批改革创新经验的通知',
    en: 'Notice of the Guangdong Provincial Government on replicating the eighth batch of reform experiences of the Guangdong FTZ',
  },
  docNo: SEED_DOC_NO,
  version: { revised: '2023-05-20', inForce: '2023-05-20' },
  articles: {},
  params: {},
});

/**
 * The seed's entry for measure `n` (1–20): 附件 第n项, its text quoted verbatim, and the measure's
 * title as the gloss unless a more specific `note` is given.
 * @throws ConfigurationError unless `n` is a measure of the seed (1–20), or when `note` is given but
 *   is not a `{ zh, en }` text.
 * @example
 * seedItem(1).article // '附件 第1项'
 * seedItem(19).quote // '创新水产品质量安全监管方式，打破风险监测不合格才进行监督抽查的惯例，……'
 */
export function seedItem(n: number, note?: Citation['note']): Citation {
  const info = measureInfo(n);
  if (note !== undefined && !isLocalized(note))
    throw new ConfigurationError('note', 'must have non-empty zh and en texts, or be left out');
  const quote = SEED_ITEM_TEXTS[n - 1] as string;
  return Object.freeze({
    law: seedNotice.law,
    docNo: SEED_DOC_NO,
    article: `附件 第${n}项`,
    note: note ?? info.title,
    quote,
  });
}
