// 中华人民共和国行政许可法: one window, acceptance, decision and issue periods, for every licensing engine.
import { type DatedParameter, defineParameter, type Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { DAYS, WORKING_DAYS } from './units';

const law = { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' };
const art = articleOf(law);

/** 第八十三条: 本法自2004年7月1日起施行; the 2019-04-23 amendment left these articles unchanged. */
const FROM_2004 = '2004-07-01';

const articles = {
  art26: art(
    '第二十六条',
    {
      zh: '一个机构统一受理、统一送达；多个部门实施的，可确定一个部门受理并统一办理，或联合办理、集中办理',
      en: 'one unit receives applications and delivers decisions; where several departments license, one may receive for all, or they handle jointly',
    },
    '行政许可需要行政机关内设的多个机构办理的，该行政机关应当确定一个机构统一受理行政许可申请，统一送达行政许可决定。行政许可依法由地方人民政府两个以上部门分别实施的，本级人民政府可以确定一个部门受理行政许可申请并转告有关部门分别提出意见后统一办理，或者组织有关部门联合办理、集中办理。',
  ),
  art32item4: art(
    '第三十二条第一款第（四）项',
    {
      zh: '材料不齐全或不符合法定形式的，当场或5日内一次告知需补正的全部内容，逾期不告知的自收到材料之日起即为受理',
      en: 'incomplete materials: say everything to supply on the spot or within 5 days, in one go; if not, the application counts as accepted on receipt',
    },
    '申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理；',
  ),
  art42: art(
    '第四十二条',
    {
      zh: '自受理之日起20日内决定，经负责人批准可延长10日；统一、联合、集中办理的不超过45日，可延长15日',
      en: 'decide within 20 days of acceptance, extendable by 10; unified, joint or centralised handling within 45 days, extendable by 15',
    },
    '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。依照本法第二十六条的规定，行政许可采取统一办理或者联合办理、集中办理的，办理的时间不得超过四十五日；四十五日内不能办结的，经本级人民政府负责人批准，可以延长十五日，并应当将延长期限的理由告知申请人。',
  ),
  art44: art(
    '第四十四条',
    {
      zh: '准予许可的，自决定之日起10日内颁发、送达许可证件',
      en: 'the licence certificate is issued and served within 10 days of the decision',
    },
    '行政机关作出准予行政许可的决定，应当自作出决定之日起十日内向申请人颁发、送达行政许可证件，或者加贴标签、加盖检验、检测、检疫印章。',
  ),
  art45: art(
    '第四十五条',
    {
      zh: '听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计入法定期限',
      en: 'time for hearings, tenders, auctions, testing, appraisal and expert review does not count towards the limits',
    },
    '行政机关作出行政许可决定，依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人。',
  ),
  art47: art(
    '第四十七条',
    {
      zh: '涉及重大利益关系的，告知听证权利；5日内申请听证的，20日内组织听证',
      en: 'where others’ major interests are affected, hearing rights are notified; a hearing requested within 5 days is held within 20 days',
    },
    '行政许可直接涉及申请人与他人之间重大利益关系的，行政机关在作出行政许可决定前，应当告知申请人、利害关系人享有要求听证的权利；申请人、利害关系人在被告知听证权利之日起五日内提出听证申请的，行政机关应当在二十日内组织听证。……',
  ),
  art50: art(
    '第五十条',
    {
      zh: '延续有效期的，在届满30日前申请；逾期未作决定的视为准予延续',
      en: 'renewal is applied for 30 days before expiry; no decision in time counts as renewal',
    },
    '被许可人需要延续依法取得的行政许可的有效期的，应当在该行政许可有效期届满三十日前向作出行政许可决定的行政机关提出申请。但是，法律、法规、规章另有规定的，依照其规定。行政机关应当根据被许可人的申请，在该行政许可有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续。',
  ),
  art82: art(
    '第八十二条',
    {
      zh: '本法规定的实施期限以工作日计算，不含法定节假日',
      en: 'the law’s periods for the authority count working days, statutory holidays excluded',
    },
    '本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日。',
  ),
};

function period(
  name: string,
  label: Localized,
  value: string,
  source: (typeof articles)[keyof typeof articles],
) {
  return defineParameter({
    name: `administrativeLicensing.${name}`,
    label,
    unit: WORKING_DAYS,
    kind: 'integer',
    entries: [{ from: FROM_2004, value, source }],
  });
}

const params = {
  incompletenessNoticeWorkingDays: period(
    'incompletenessNoticeWorkingDays',
    { zh: '材料不齐全一次性告知期限', en: 'Limit to notify incomplete materials' },
    '5',
    articles.art32item4,
  ),
  decisionWorkingDays: period(
    'decisionWorkingDays',
    { zh: '许可决定期限', en: 'Decision limit' },
    '20',
    articles.art42,
  ),
  decisionExtensionWorkingDays: period(
    'decisionExtensionWorkingDays',
    { zh: '许可决定延长期限', en: 'Decision extension' },
    '10',
    articles.art42,
  ),
  jointHandlingWorkingDays: period(
    'jointHandlingWorkingDays',
    { zh: '统一、联合、集中办理期限', en: 'Joint-handling limit' },
    '45',
    articles.art42,
  ),
  jointHandlingExtensionWorkingDays: period(
    'jointHandlingExtensionWorkingDays',
    { zh: '联合办理延长期限', en: 'Joint-handling extension' },
    '15',
    articles.art42,
  ),
  issueWorkingDays: period(
    'issueWorkingDays',
    { zh: '颁发送达证件期限', en: 'Certificate issue limit' },
    '10',
    articles.art44,
  ),
  hearingRequestDays: defineParameter({
    name: 'administrativeLicensing.hearingRequestDays',
    label: { zh: '申请人申请听证期限', en: 'Period for the applicant to request a hearing' },
    unit: DAYS,
    kind: 'integer',
    entries: [{ from: FROM_2004, value: '5', source: articles.art47 }],
  }),
  hearingWorkingDays: period(
    'hearingWorkingDays',
    { zh: '组织听证期限', en: 'Period to hold a requested hearing' },
    '20',
    articles.art47,
  ),
  renewalLeadDays: defineParameter({
    name: 'administrativeLicensing.renewalLeadDays',
    label: { zh: '申请延续的提前期', en: 'Renewal application lead time before expiry' },
    unit: DAYS,
    kind: 'integer',
    entries: [{ from: FROM_2004, value: '30', source: articles.art50 }],
  }),
} satisfies Record<string, DatedParameter>;

/**
 * 中华人民共和国行政许可法 (adopted 2003-08-27, in force 2004-07-01; amended 2019-04-23). Its own
 * periods count working days (第八十二条); time for hearings, testing or expert review is outside
 * them (第四十五条). The applicant's own periods (5 days to request a hearing, 第四十七条; the 30-day
 * renewal lead, 第五十条) are not the authority's, so they are read as calendar days.
 * @example
 * integerAt(administrativeLicensing.params.decisionWorkingDays, '2024-06-30') // 20
 */
export const administrativeLicensing = defineStatute({
  key: 'administrativeLicensing',
  law,
  version: { revised: '2019-04-23', inForce: '2019-04-23' },
  articles,
  params,
});
