// 中华人民共和国行政复议法 (2023 revision, in force 2024-01-01): application, acceptance, hearing,
// decision and mediation, for the reconsideration-mediation engine and any engine whose decisions
// can be challenged.
import { articleOf, defineStatute, parameterOf } from './statute';
import { DAYS, WORKING_DAYS, YEARS, YUAN } from './units';

const law = { zh: '中华人民共和国行政复议法', en: 'Administrative Reconsideration Law of the PRC' };
const art = articleOf(law);

/** 第九十条: 本法自2024年1月1日起施行 (revised 2023-09-01). Earlier texts numbered differently. */
const FROM_2024 = '2024-01-01';

const articles = {
  art5: art('第五条', {
    zh: '可以调解；调解应合法、自愿，不得损害国家利益、社会公共利益和他人合法权益，不得违反强制性规定',
    en: 'mediation is allowed if lawful and voluntary, harming no state, public or third-party interest and breaching no mandatory rule',
  }),
  art20: art(
    '第二十条',
    {
      zh: '自知道或应当知道行政行为之日起60日内申请；未告知申请权利的，自知道之日起算，最长不超过1年',
      en: 'apply within 60 days of knowing of the act; if not told of the right, time runs from learning of it, at most 1 year from knowing of the act',
    },
    '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。……',
  ),
  art21: art(
    '第二十一条',
    {
      zh: '不动产自行政行为作出之日起超过20年、其他超过5年的，不予受理',
      en: 'no acceptance after 20 years (real property) or 5 years (other acts) from the act',
    },
    '因不动产提出的行政复议申请自行政行为作出之日起超过二十年，其他行政复议申请自行政行为作出之日起超过五年的，行政复议机关不予受理。',
  ),
  art23: art('第二十三条', {
    zh: '复议前置：当场处罚、自然资源权属决定、未履行法定职责、政府信息不予公开等',
    en: 'reconsideration before litigation: on-the-spot penalties, natural-resource rights, failure to perform a duty, refused information disclosure and others',
  }),
  art30: art(
    '第三十条',
    {
      zh: '收到申请后5日内审查；期限届满未作不予受理决定的，视为受理',
      en: 'acceptance review within 5 days; no refusal by the end of the period counts as acceptance',
    },
    '行政复议机关收到行政复议申请后，应当在五日内进行审查。……行政复议申请的审查期限届满，行政复议机关未作出不予受理决定的，审查期限届满之日起视为受理。',
  ),
  art31: art(
    '第三十一条',
    {
      zh: '材料不齐的，5日内书面一次性通知补正；申请人10日内补正，无正当理由逾期不补正视为放弃',
      en: 'incomplete application: a one-time request to complete within 5 days; the applicant supplies within 10 days or is deemed to withdraw',
    },
    '行政复议申请材料不齐全或者表述不清楚，无法判断行政复议申请是否符合本法第三十条第一款规定的，行政复议机关应当自收到申请之日起五日内书面通知申请人补正。补正通知应当一次性载明需要补正的事项。申请人应当自收到补正通知之日起十日内提交补正材料。有正当理由不能按期补正的，行政复议机关可以延长合理的补正期限。无正当理由逾期不补正的，视为申请人放弃行政复议申请，并记录在案。',
  ),
  art32: art(
    '第三十二条',
    {
      zh: '对当场或电子监控处罚不服的，可通过处罚机关提交申请，其维持处罚的5日内转送',
      en: 'for on-the-spot or camera-based penalties the application may go through the penalising body, which forwards it within 5 days if it keeps the penalty',
    },
    '……行政机关收到行政复议申请后，应当及时处理；认为需要维持行政处罚决定的，应当自收到行政复议申请之日起五日内转送行政复议机关。',
  ),
  art34: art(
    '第三十四条',
    {
      zh: '复议前置案件不予受理、驳回或逾期不答复的，可在15日内起诉',
      en: 'in a reconsideration-first case, after refusal, dismissal or silence the applicant may sue within 15 days',
    },
    '……行政复议机关决定不予受理、驳回申请或者受理后超过行政复议期限不作答复的，公民、法人或者其他组织可以自收到决定书之日起或者行政复议期限届满之日起十五日内，依法向人民法院提起行政诉讼。',
  ),
  art39: art('第三十九条', {
    zh: '中止情形，含依法调解、和解且双方同意中止',
    en: 'grounds for suspension, including mediation or settlement with both sides’ consent',
  }),
  art48: art(
    '第四十八条',
    {
      zh: '普通程序：受理之日起7日内发送副本，被申请人10日内书面答复',
      en: 'ordinary procedure: the copy goes to the respondent within 7 days; the answer is due within 10 days',
    },
    '行政复议机构应当自行政复议申请受理之日起七日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。',
  ),
  art50: art('第五十条', {
    zh: '重大、疑难、复杂案件应当听证',
    en: 'major, difficult or complex cases require a hearing',
  }),
  art51: art(
    '第五十一条',
    { zh: '听证5日前书面通知当事人', en: 'hearings are notified in writing 5 days ahead' },
    '行政复议机构组织听证的，应当于举行听证的五日前将听证的时间、地点和拟听证事项书面通知当事人。……',
  ),
  art53: art(
    '第五十三条',
    {
      zh: '简易程序：当场作出、警告或通报批评、款额3000元以下、政府信息公开，或各方同意',
      en: 'summary procedure: on-the-spot acts, warnings, amounts up to 3,000 yuan, information disclosure, or all parties agreeing',
    },
    '行政复议机关审理下列行政复议案件，认为事实清楚、权利义务关系明确、争议不大的，可以适用简易程序：（一）被申请行政复议的行政行为是当场作出；（二）被申请行政复议的行政行为是警告或者通报批评；（三）案件涉及款额三千元以下；（四）属于政府信息公开案件。除前款规定以外的行政复议案件，当事人各方同意适用简易程序的，可以适用简易程序。',
  ),
  art54: art(
    '第五十四条',
    {
      zh: '简易程序：3日内发送副本，被申请人5日内答复，可以书面审理',
      en: 'summary procedure: copy within 3 days, answer within 5 days, may be decided on the papers',
    },
    '适用简易程序审理的行政复议案件，行政复议机构应当自受理行政复议申请之日起三日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起五日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。适用简易程序审理的行政复议案件，可以书面审理。',
  ),
  art62: art(
    '第六十二条',
    {
      zh: '普通程序60日内决定，可延长不超过30日；简易程序30日内决定',
      en: 'ordinary procedure: decision within 60 days, extendable by at most 30; summary procedure: within 30 days',
    },
    '适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议决定；但是法律规定的行政复议期限少于六十日的除外。情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以适当延长，并书面告知当事人；但是延长期限最多不得超过三十日。适用简易程序审理的行政复议案件，行政复议机关应当自受理申请之日起三十日内作出行政复议决定。',
  ),
  art73: art(
    '第七十三条',
    {
      zh: '调解达成协议的制作调解书，签字盖章即生效；未达成或生效前反悔的，及时作出决定',
      en: 'an agreement becomes a mediation document, effective once signed and sealed; failure or backing out leads to a decision',
    },
    '当事人经调解达成协议的，行政复议机关应当制作行政复议调解书，经各方当事人签字或者签章，并加盖行政复议机关印章，即具有法律效力。调解未达成协议或者调解书生效前一方反悔的，行政复议机关应当依法审查或者及时作出行政复议决定。',
  ),
  art74: art(
    '第七十四条',
    {
      zh: '决定前可自愿和解，由申请人撤回；撤回后不得以同一事实和理由再申请，非真实意愿的除外',
      en: 'settlement before the decision, then withdrawal; no new application on the same facts unless the withdrawal was not genuine',
    },
    '当事人在行政复议决定作出前可以自愿达成和解，和解内容不得损害国家利益、社会公共利益和他人合法权益，不得违反法律、法规的强制性规定。当事人达成和解后，由申请人向行政复议机构撤回行政复议申请。行政复议机构准予撤回行政复议申请、行政复议机关决定终止行政复议的，申请人不得再以同一事实和理由提出行政复议申请。但是，申请人能够证明撤回行政复议申请违背其真实意愿的除外。',
  ),
  art77: art('第七十七条', {
    zh: '被申请人应当履行决定书、调解书、意见书',
    en: 'the respondent must perform decisions, mediation documents and opinions',
  }),
  art78: art('第七十八条', {
    zh: '申请人逾期不起诉又不履行的，调解书由复议机关强制执行或申请法院强制执行',
    en: 'a mediation document not performed is enforced by the reconsideration body or the court',
  }),
  art87: art(
    '第八十七条',
    { zh: '不收取任何费用', en: 'no fees' },
    '行政复议机关受理行政复议申请，不得向申请人收取任何费用。',
  ),
  art88: art(
    '第八十八条',
    {
      zh: '期间和送达依照民事诉讼法；“三日”“五日”“七日”“十日”指工作日',
      en: 'periods and service follow the Civil Procedure Law; its 3-, 5-, 7- and 10-day periods are working days',
    },
    '行政复议期间的计算和行政复议文书的送达，本法没有规定的，依照《中华人民共和国民事诉讼法》关于期间、送达的规定执行。本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，不含法定休假日。',
  ),
};

const param = parameterOf('administrativeReconsideration', FROM_2024);

const params = {
  applicationDays: param(
    'applicationDays',
    { zh: '申请期限', en: 'Application period' },
    DAYS,
    '60',
    articles.art20,
  ),
  unawareCapYears: param(
    'unawareCapYears',
    { zh: '未告知申请权利时的最长申请期限', en: 'Longest application period when not told of the right' },
    YEARS,
    '1',
    articles.art20,
  ),
  realPropertyMaxYears: param(
    'realPropertyMaxYears',
    { zh: '不动产案件最长受理期限', en: 'Latest acceptance, real property' },
    YEARS,
    '20',
    articles.art21,
  ),
  otherMaxYears: param(
    'otherMaxYears',
    { zh: '其他案件最长受理期限', en: 'Latest acceptance, other acts' },
    YEARS,
    '5',
    articles.art21,
  ),
  acceptanceReviewWorkingDays: param(
    'acceptanceReviewWorkingDays',
    { zh: '受理审查期限', en: 'Acceptance review period' },
    WORKING_DAYS,
    '5',
    articles.art30,
  ),
  supplementNoticeWorkingDays: param(
    'supplementNoticeWorkingDays',
    { zh: '通知补正期限', en: 'Period to request completion' },
    WORKING_DAYS,
    '5',
    articles.art31,
  ),
  supplementWorkingDays: param(
    'supplementWorkingDays',
    { zh: '申请人补正期限', en: 'Period for the applicant to complete' },
    WORKING_DAYS,
    '10',
    articles.art31,
  ),
  forwardWorkingDays: param(
    'forwardWorkingDays',
    { zh: '处罚机关转送期限', en: 'Forwarding period of the penalising body' },
    WORKING_DAYS,
    '5',
    articles.art32,
  ),
  suitAfterRefusalDays: param(
    'suitAfterRefusalDays',
    { zh: '复议前置案件起诉期限', en: 'Period to sue after refusal in a reconsideration-first case' },
    DAYS,
    '15',
    articles.art34,
  ),
  copyToRespondentWorkingDays: param(
    'copyToRespondentWorkingDays',
    { zh: '发送申请书副本期限', en: 'Period to send the application to the respondent' },
    WORKING_DAYS,
    '7',
    articles.art48,
  ),
  answerWorkingDays: param(
    'answerWorkingDays',
    { zh: '被申请人答复期限', en: 'Respondent’s answer period' },
    WORKING_DAYS,
    '10',
    articles.art48,
  ),
  hearingNoticeWorkingDays: param(
    'hearingNoticeWorkingDays',
    { zh: '听证通知提前期', en: 'Hearing notice lead time' },
    WORKING_DAYS,
    '5',
    articles.art51,
  ),
  summaryAmountLimit: param(
    'summaryAmountLimit',
    { zh: '适用简易程序的款额上限', en: 'Amount up to which the summary procedure applies' },
    YUAN,
    '3000',
    articles.art53,
  ),
  summaryCopyWorkingDays: param(
    'summaryCopyWorkingDays',
    { zh: '简易程序发送副本期限', en: 'Summary procedure: period to send the copy' },
    WORKING_DAYS,
    '3',
    articles.art54,
  ),
  summaryAnswerWorkingDays: param(
    'summaryAnswerWorkingDays',
    { zh: '简易程序答复期限', en: 'Summary procedure: answer period' },
    WORKING_DAYS,
    '5',
    articles.art54,
  ),
  decisionDays: param(
    'decisionDays',
    { zh: '普通程序决定期限', en: 'Decision period, ordinary procedure' },
    DAYS,
    '60',
    articles.art62,
  ),
  decisionExtensionMaxDays: param(
    'decisionExtensionMaxDays',
    { zh: '普通程序最长延长期限', en: 'Longest extension, ordinary procedure' },
    DAYS,
    '30',
    articles.art62,
  ),
  summaryDecisionDays: param(
    'summaryDecisionDays',
    { zh: '简易程序决定期限', en: 'Decision period, summary procedure' },
    DAYS,
    '30',
    articles.art62,
  ),
};

/**
 * 中华人民共和国行政复议法 (revised 2023-09-01, in force 2024-01-01). Its 3-, 5-, 7- and 10-day
 * periods are working days (第八十八条); the others (15, 30, 60 days) are calendar days counted under
 * the Civil Procedure Law. Article 5's wording is summarised, not quoted.
 * @example
 * integerAt(administrativeReconsideration.params.decisionDays, '2024-06-30') // 60
 */
export const administrativeReconsideration = defineStatute({
  key: 'administrativeReconsideration',
  law,
  version: { revised: '2023-09-01', inForce: FROM_2024 },
  articles,
  params,
});
