import { describeValue } from './describe-value';
import { ConfigurationError } from './errors';
import type { MeasureInfo } from './measure';

const TAX = { zh: '省税务局', en: 'Guangdong Provincial Tax Service' };
const SZ_TAX = { zh: '深圳市税务局', en: 'Shenzhen Municipal Tax Service' };
const MSA = { zh: '广东海事局', en: 'Guangdong Maritime Safety Administration' };

/**
 * The 20 measures of 粤府函〔2023〕59号, as its task table (附件) lists them: number, title, lead
 * agencies, replication scope and a one-line summary. The demo and CLI show every measure from
 * this list, whether or not its engine exists yet.
 */
export const MEASURES: readonly MeasureInfo[] = [
  {
    id: 1,
    slug: 'overpayment-refund',
    title: { zh: '多缴退税E管家——管家式服务助力减税降费大礼包直达快享', en: 'Overpayment refund e-butler' },
    leadAgencies: [TAX, SZ_TAX],
    scope: 'province',
    summary: {
      zh: '电子税务局实时识别增值税多缴，智能提醒抵欠或退税，自动填报退税文书：纳税申报——多缴提醒——退税申请一次办。',
      en: 'The e-tax bureau detects VAT overpayments as filed, reminds the taxpayer to offset or claim, and pre-fills the refund application in one flow.',
    },
  },
  {
    id: 2,
    slug: 'tax-risk-prevention',
    title: { zh: '企业涉税风险智慧防控新机制', en: 'Smart prevention of enterprise tax risks' },
    leadAgencies: [TAX, SZ_TAX, { zh: '省公安厅', en: 'Guangdong Public Security Department' }],
    scope: 'province',
    summary: {
      zh: '以信用管理为基础，实名认证、风险预警指标模型、实时/年度/自主三维体检，减少对市场主体的直接干预。',
      en: 'Credit-based risk prevention: real-name authentication, invoice risk-warning models and real-time, annual and self-service health checks.',
    },
  },
  {
    id: 3,
    slug: 'zero-window-service',
    title: { zh: '“零窗口、全业务”税费服务模式', en: '"Zero windows, all services" tax service model' },
    leadAgencies: [TAX],
    scope: 'province-except-shenzhen',
    summary: {
      zh: '缩减办税窗口、增设专属服务空间，现场服务由办税为主转向咨询、救济、多方会商为主。',
      en: 'Fewer tax counters, more dedicated service rooms: on-site service shifts from transactions to advice, remedies and consultation.',
    },
  },
  {
    id: 4,
    slug: 'new-economy-tax-service',
    title: {
      zh: '新经济新业态全链条式税收管理服务机制',
      en: 'Full-chain tax service for new economy businesses',
    },
    leadAgencies: [TAX],
    scope: 'province-except-shenzhen',
    summary: {
      zh: '项目准入联席、政策快享礼包、便捷办税套餐、风险监管提醒相结合的全链条税收管理服务。',
      en: 'Joint project intake, policy packages, bundled filing services and risk reminders for new business models.',
    },
  },
  {
    id: 5,
    slug: 'smart-tax-hall',
    title: { zh: '智慧办税服务', en: 'Smart tax service hall' },
    leadAgencies: [TAX],
    scope: 'province-except-shenzhen',
    summary: {
      zh: '运用大数据、生物识别等手段，精准分流导办、沉浸式学习广场、“云税厅”集约运营。',
      en: 'Big data and biometrics for precise triage, self-learning areas and a centrally run "cloud tax hall".',
    },
  },
  {
    id: 6,
    slug: 'e-invoice-risk-control',
    title: {
      zh: '“事前防控+事中监控+事后管控”数字化电子发票全周期智慧风控模式',
      en: 'Full-cycle risk control of digital e-invoices (before, during, after)',
    },
    leadAgencies: [TAX],
    scope: 'province-except-shenzhen',
    summary: {
      zh: '事前领用共管打击假登记，事中全链条快速反应，事后一户式风险体检与征稽联动、税警协作。',
      en: 'Joint control at invoice issuance, rapid response during use, and whole-account risk checks with police cooperation afterwards.',
    },
  },
  {
    id: 7,
    slug: 'invoice-type-approval',
    title: { zh: '运用人工智能审批发票种类核定业务', en: 'AI approval of invoice types' },
    leadAgencies: [TAX, SZ_TAX],
    scope: 'province',
    summary: {
      zh: '以纳税信用、违章处罚等风险模型和131条判断规则自动研判发票种类核定，每户审批时间压缩至1-2分钟。',
      en: '131 judgement rules over credit and penalty risk models decide invoice-type approvals automatically, in 1–2 minutes per taxpayer.',
    },
  },
  {
    id: 8,
    slug: 'rental-invoice-delegation',
    title: { zh: '不动产租赁网上委托代开发票模式', en: 'Online delegated invoicing for property rentals' },
    leadAgencies: [TAX, SZ_TAX],
    scope: 'province',
    summary: {
      zh: '业主在电子税务局授权承租方或第三方代理人代为申请开具不动产租赁发票，全程网上办。',
      en: 'Landlords authorise tenants or agents online to apply for rental invoices on their behalf.',
    },
  },
  {
    id: 9,
    slug: 'tax-credit-scoring',
    title: { zh: '信用数字化建模赋能纳税“放管服”改革', en: 'Digital credit modelling for taxpayers' },
    leadAgencies: [TAX, SZ_TAX],
    scope: 'province',
    summary: {
      zh: '联通市场监管、海关、司法等数据构建信用指标体系，按信用等级分类提供不同纳税便利。',
      en: 'A credit model joining tax and public credit data grades enterprises and tailors tax facilitation to the grade.',
    },
  },
  {
    id: 10,
    slug: 'linear-project-permits',
    title: {
      zh: '市政线性类工程建设项目“一次申请、按需发证”',
      en: 'Municipal linear projects: "apply once, permits as needed"',
    },
    leadAgencies: [
      { zh: '省住房城乡建设厅', en: 'Guangdong Department of Housing and Urban-Rural Development' },
    ],
    scope: 'province',
    summary: {
      zh: '共性材料只交一次、一张申请表勾选多个事项、一次申请；主管部门从策划阶段介入，定期统筹协调。',
      en: 'Common materials once, one form ticking several permits, one application; authorities coordinate from project planning on.',
    },
  },
  {
    id: 11,
    slug: 'digital-space-authorization',
    title: {
      zh: '数字空间授权用证用数新模式',
      en: 'Authorised use of certificates and data in digital spaces',
    },
    leadAgencies: [
      { zh: '省政务服务数据管理局', en: 'Guangdong Government Service and Data Administration' },
    ],
    scope: 'province',
    summary: {
      zh: '基于数据主体授权的数据共享：授权使用、全程溯源、自主管理、依法流通。',
      en: 'Data sharing on the data subject’s authorisation: authorised use, full traceability, self-management, lawful circulation.',
    },
  },
  {
    id: 12,
    slug: 'cbec-return-warehouse',
    title: { zh: '跨境电商进口退货监管便利化', en: 'Cross-border e-commerce import returns' },
    leadAgencies: [{ zh: '海关总署广东分署', en: 'Guangdong Sub-Administration of the GACC' }],
    scope: 'special-customs-zones',
    summary: {
      zh: '在海关特殊监管区域设退货中心仓，退货可存放、分拣、再次销售，企业WMS与海关系统联网。',
      en: 'Return centre warehouses in special customs zones: returned goods stored, sorted and resold, with WMS linked to customs.',
    },
  },
  {
    id: 13,
    slug: 'crew-medical-line',
    title: { zh: '开通“船员就医专线”', en: 'Seafarers’ medical hotline' },
    leadAgencies: [MSA, { zh: '省卫生健康委', en: 'Guangdong Health Commission' }],
    scope: 'province',
    summary: {
      zh: '海事部门协调卫生健康部门，为在航船舶船员或需紧急救助的船员提供远程医疗指导。',
      en: 'Remote medical guidance for seafarers at sea or in need of emergency help.',
    },
  },
  {
    id: 14,
    slug: 'ship-certificate-bundle',
    title: { zh: '“一船多证，一事通办”套餐式服务', en: 'Ship certificate bundle service' },
    leadAgencies: [MSA],
    scope: 'province',
    summary: {
      zh: '与船级社合作，同步容缺受理、多证协同办理，船舶落户、过户所涉多本证书套餐式办理。',
      en: 'With classification societies: concurrent acceptance and coordinated issuance of all certificates of a ship registration or transfer.',
    },
  },
  {
    id: 15,
    slug: 'crew-appointment',
    title: { zh: '船员任解职“不见面”办理', en: 'Remote crew appointment and discharge' },
    leadAgencies: [MSA],
    scope: 'province',
    summary: {
      zh: '船员任职远程核查，运用电子巡查、人脸识别开展配员和任解职核查，强化事中事后监管。',
      en: 'Remote checks of crew appointments, with electronic patrols and face recognition for manning checks.',
    },
  },
  {
    id: 16,
    slug: 'similar-case-retrieval',
    title: { zh: '关联案件和类案检索机制', en: 'Related and similar case retrieval' },
    leadAgencies: [
      { zh: '省法院', en: 'Guangdong High People’s Court' },
      { zh: '省检察院', en: 'Guangdong Provincial People’s Procuratorate' },
    ],
    scope: 'province',
    summary: {
      zh: '法官、检察官依托专业数据库全面检索已生效的关联案件和类案，统一法律适用尺度。',
      en: 'Judges and prosecutors search effective related and similar cases to unify the application of law.',
    },
  },
  {
    id: 17,
    slug: 'reconsideration-mediation',
    title: {
      zh: '行政复议与调解有机衔接联动机制',
      en: 'Linking administrative reconsideration and mediation',
    },
    leadAgencies: [{ zh: '省司法厅', en: 'Guangdong Department of Justice' }],
    scope: 'province',
    summary: {
      zh: '整合复议、执法、行政调解、人民调解资源，全面排查、突出调解、引导进入复议，实质性化解行政争议。',
      en: 'Reconsideration, enforcement and mediation resources combined to screen, mediate and resolve administrative disputes.',
    },
  },
  {
    id: 18,
    slug: 'litigation-integrity',
    title: { zh: '诚信诉讼行为奖惩制度改革', en: 'Rewards and sanctions for litigation integrity' },
    leadAgencies: [
      { zh: '省公安厅', en: 'Guangdong Public Security Department' },
      { zh: '省法院', en: 'Guangdong High People’s Court' },
      { zh: '省检察院', en: 'Guangdong Provincial People’s Procuratorate' },
    ],
    scope: 'province',
    summary: {
      zh: '诚信企业执行从宽；滥用管辖权异议、逾期举证、伪造证据者承担对方律师费并罚款；联动防范虚假诉讼。',
      en: 'Milder enforcement for honest firms; abusers of procedure pay the other side’s lawyer fees and fines; joint action on false litigation.',
    },
  },
  {
    id: 19,
    slug: 'aquatic-rapid-testing',
    title: { zh: '水产品质量安全监管方式', en: 'Aquatic product safety supervision' },
    leadAgencies: [{ zh: '省农业农村厅', en: 'Guangdong Department of Agriculture and Rural Affairs' }],
    scope: 'province',
    summary: {
      zh: '打破监测不合格才监督抽查的惯例，科学布设快检点，快检实验室7×24小时运营，紧急任务第一时间响应。',
      en: 'Planned rapid-test points, a 7×24 rapid-test lab and immediate urgent tests replace sampling only after failed monitoring.',
    },
  },
  {
    id: 20,
    slug: 'special-equipment-ledger',
    title: {
      zh: '以“互动”促“主动”特种设备安全监察模式',
      en: 'Interactive special equipment safety supervision',
    },
    leadAgencies: [{ zh: '省市场监管局', en: 'Guangdong Administration for Market Regulation' }],
    scope: 'province',
    summary: {
      zh: '在线安全微课、每台设备电子台账政企共享、线上自查自纠，实现零距离在线监管。',
      en: 'Online safety micro-lessons, a shared per-unit equipment ledger and online self-inspection and rectification.',
    },
  },
];

/** The catalog entry of a measure by seed number; throws a ConfigurationError for a number not in 1–20. */
export function measureInfo(id: number): MeasureInfo {
  const info = MEASURES.find((m) => m.id === id);
  if (!info)
    throw new ConfigurationError('id', `no measure ${describeValue(id)} in 粤府函〔2023〕59号 (1–20)`);
  return info;
}
