// The text templates of the synthetic corpus: 案由, the legal questions courts split on (two rules,
// A and B, hidden from search), each question's wordings (synonyms) and two key-fact patterns.
// Article ids are exact tokens: CC = 民法典, LCL = 劳动合同法, LL = 劳动法, INS = 保险法,
// CL = 公司法 (2023), JCI = 建设工程施工合同司法解释（一）.

/** One legal question: its wordings, two key-fact patterns (each with two wordings), its articles. */
export interface QuestionTemplate {
  readonly id: string;
  readonly wordings: readonly string[];
  readonly keyFacts: readonly [readonly string[], readonly string[]];
  readonly articles: readonly string[];
  /** How a court that decides it phrases its reasoning (no rule named). */
  readonly reasoning: string;
}

/** One 案由 with its subject phrase and questions. */
export interface CauseTemplate {
  readonly id: string;
  readonly name: string;
  readonly subject: string;
  readonly articles: readonly string[];
  readonly questions: readonly QuestionTemplate[];
}

export const CAUSES: readonly CauseTemplate[] = [
  {
    id: 'sale',
    name: '买卖合同纠纷',
    subject: '货物买卖合同',
    articles: ['CC577'],
    questions: [
      {
        id: 'sale-penalty',
        wordings: ['违约金过高请求调减', '约定违约金明显过高请求减少', '违约金酌减'],
        keyFacts: [
          ['逾期交货三十日', '迟延交付货物一个月'],
          ['货物质量不合格', '标的物存在质量瑕疵'],
        ],
        articles: ['CC585'],
        reasoning: '应以实际损失为基础兼顾合同履行情况和当事人过错',
      },
      {
        id: 'sale-lost-profit',
        wordings: ['可得利益损失的认定', '预期利益赔偿范围', '间接损失能否赔偿'],
        keyFacts: [
          ['买方转售合同落空', '下游订单被取消'],
          ['原材料价格上涨', '市场价格大幅波动'],
        ],
        articles: ['CC584'],
        reasoning: '损失赔偿不得超过违约方订立合同时预见到或者应当预见到的损失',
      },
      {
        id: 'sale-inspection',
        wordings: ['检验期限届满后提出质量异议', '合理期限内未提出异议', '质量异议期间的认定'],
        keyFacts: [
          ['收货后六个月提出异议', '验收后长期使用'],
          ['隐蔽瑕疵事后发现', '无法即时检验的缺陷'],
        ],
        articles: ['CC621'],
        reasoning: '买受人应当在约定或者合理的检验期限内通知出卖人',
      },
    ],
  },
  {
    id: 'loan',
    name: '民间借贷纠纷',
    subject: '借款合同',
    articles: ['CC667'],
    questions: [
      {
        id: 'loan-rate',
        wordings: ['借款利率超过法定上限', '高息部分是否受保护', '利息约定过高'],
        keyFacts: [
          ['约定月息三分', '年利率百分之三十六'],
          ['砍头息预先扣除', '出借时从本金中预扣利息'],
        ],
        articles: ['CC680'],
        reasoning: '借款的利率不得违反国家有关规定',
      },
      {
        id: 'loan-consent',
        wordings: ['仅有转账凭证能否认定借贷关系', '借贷关系是否成立', '款项性质的争议'],
        keyFacts: [
          ['银行转账但无借条', '仅凭转账记录起诉'],
          ['现金交付大额借款', '大额现金出借'],
        ],
        articles: ['CC679'],
        reasoning: '出借人应就借贷合意及款项交付承担举证责任',
      },
      {
        id: 'loan-spouse',
        wordings: ['夫妻共同债务的认定', '配偶是否承担还款责任', '共债共签'],
        keyFacts: [
          ['配偶未在借条上签字', '一方单独对外举债'],
          ['借款用于家庭日常生活', '借款用于夫妻共同生产经营'],
        ],
        articles: ['CC1064'],
        reasoning: '应审查债务是否基于夫妻共同意思表示或用于共同生活',
      },
    ],
  },
  {
    id: 'labor',
    name: '劳动争议',
    subject: '劳动合同',
    articles: ['LCL10'],
    questions: [
      {
        id: 'labor-double-wage',
        wordings: ['未签订书面劳动合同的二倍工资', '双倍工资差额', '未订立书面合同的工资差额'],
        keyFacts: [
          ['入职满一年仍未签合同', '劳动合同到期后长期未续签'],
          ['劳动者本人负责签订合同', '人事经理自身未签合同'],
        ],
        articles: ['LCL82'],
        reasoning: '用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的应支付二倍工资',
      },
      {
        id: 'labor-dismissal',
        wordings: ['违法解除劳动合同的赔偿金', '解除劳动合同是否合法', '违法辞退赔偿'],
        keyFacts: [
          ['以末位淘汰为由解除', '考核排名末位被辞退'],
          ['严重违反规章制度被解除', '违纪解除'],
        ],
        articles: ['LCL87'],
        reasoning: '用人单位应对解除劳动合同的事实依据和制度依据承担举证责任',
      },
      {
        id: 'labor-overtime',
        wordings: ['加班事实的举证责任', '加班费的计算', '加班工资的主张'],
        keyFacts: [
          ['考勤记录由单位掌握', '打卡记录保存在用人单位'],
          ['微信工作群聊天记录', '下班后线上处理工作'],
        ],
        articles: ['LL44'],
        reasoning: '劳动者主张加班费的应当就加班事实的存在承担举证责任',
      },
    ],
  },
  {
    id: 'traffic',
    name: '机动车交通事故责任纠纷',
    subject: '机动车交通事故',
    articles: ['CC1208'],
    questions: [
      {
        id: 'traffic-affiliation',
        wordings: ['挂靠车辆的连带责任', '被挂靠单位是否担责', '挂靠经营的责任承担'],
        keyFacts: [
          ['货车挂靠运输公司', '营运货车挂靠经营'],
          ['出租车挂靠出租公司', '网约车挂靠平台公司'],
        ],
        articles: ['CC1211'],
        reasoning: '以挂靠形式从事道路运输经营活动的机动车发生交通事故的责任分担',
      },
      {
        id: 'traffic-exclusion',
        wordings: ['保险免责条款的提示说明', '免责条款是否生效', '商业三者险拒赔'],
        keyFacts: [
          ['酒后驾驶被拒赔', '醉酒驾车发生事故'],
          ['无证驾驶被拒赔', '驾驶证过期仍驾车'],
        ],
        articles: ['INS17'],
        reasoning: '保险人对免除其责任的条款应当作出足以引起注意的提示并明确说明',
      },
      {
        id: 'traffic-lost-income',
        wordings: ['误工费的计算标准', '收入损失的认定', '误工时间的确定'],
        keyFacts: [
          ['受害人无固定收入', '自由职业者受伤'],
          ['个体工商户经营收入', '店铺停业收入减少'],
        ],
        articles: ['CC1179'],
        reasoning: '误工费根据受害人的误工时间和收入状况确定',
      },
    ],
  },
  {
    id: 'construction',
    name: '建设工程施工合同纠纷',
    subject: '建设工程施工合同',
    articles: ['CC788'],
    questions: [
      {
        id: 'construction-actual-builder',
        wordings: ['实际施工人突破合同相对性', '发包人在欠付范围内担责', '实际施工人的权利主张'],
        keyFacts: [
          ['工程层层转包', '多层转包后施工'],
          ['借用资质施工', '挂靠施工企业承揽'],
        ],
        articles: ['JCI43'],
        reasoning: '实际施工人以发包人为被告主张权利的发包人在欠付工程价款范围内承担责任',
      },
      {
        id: 'construction-priority',
        wordings: ['工程价款优先受偿权', '优先权的行使期限', '建设工程优先权'],
        keyFacts: [
          ['装饰装修工程款', '装修工程的价款'],
          ['工程未竣工即停工', '烂尾工程'],
        ],
        articles: ['CC807'],
        reasoning: '承包人可以与发包人协议将该工程折价或者申请拍卖并优先受偿',
      },
      {
        id: 'construction-void',
        wordings: ['无效合同的工程款结算', '参照合同约定折价补偿', '无效施工合同的结算'],
        keyFacts: [
          ['未取得建设工程规划许可', '无规划审批手续'],
          ['违法分包', '劳务分包超出范围'],
        ],
        articles: ['CC793'],
        reasoning: '建设工程施工合同无效但验收合格的可以参照合同关于工程价款的约定折价补偿',
      },
    ],
  },
  {
    id: 'equity',
    name: '股权转让纠纷',
    subject: '股权转让协议',
    articles: ['CL84'],
    questions: [
      {
        id: 'equity-rescission',
        wordings: ['分期付款股权转让能否解除', '未付款达五分之一能否解除', '股权转让合同的解除权'],
        keyFacts: [
          ['受让人迟延支付两期价款', '逾期两期转让款'],
          ['股权已变更登记', '已完成工商变更登记'],
        ],
        articles: ['CC634'],
        reasoning: '应审查合同目的能否实现及股权变动的实际状况',
      },
      {
        id: 'equity-preemption',
        wordings: ['侵犯其他股东优先购买权', '对外转让股权未通知', '优先购买权的行使'],
        keyFacts: [
          ['未书面通知其他股东', '未履行通知义务'],
          ['以明显低价对外转让', '对外转让价格条件不同'],
        ],
        articles: ['CL84'],
        reasoning: '股东向股东以外的人转让股权应当就转让事项书面通知其他股东',
      },
      {
        id: 'equity-vam',
        wordings: ['对赌协议的效力', '估值调整协议的履行', '业绩补偿条款'],
        keyFacts: [
          ['投资方与目标公司对赌', '目标公司回购股权'],
          ['投资方与股东对赌', '股东现金补偿'],
        ],
        articles: ['CL53'],
        reasoning: '应审查是否违反资本维持原则及公司能否履行',
      },
    ],
  },
];

/** Text that appears in many judgments whatever the question: it keeps keyword search honest. */
export const DISTRACTORS: readonly string[] = [
  '双方曾多次协商未果',
  '被告未到庭参加诉讼',
  '原告申请财产保全',
  '案件适用简易程序审理',
  '双方当事人均提交了证据',
  '庭审中双方确认了合同履行情况',
  '另查明双方存在其他经济往来',
  '被告辩称其已履行部分义务',
];

/** Names of parties (firms and persons). */
export const FIRM_NAMES: readonly string[] = [
  '南沙贸易',
  '前海科技',
  '横琴投资',
  '珠江建设',
  '粤港物流',
  '明珠实业',
  '湾区供应链',
  '海港运输',
];
export const PERSON_NAMES: readonly string[] = [
  '陈某',
  '李某',
  '张某',
  '黄某',
  '刘某',
  '王某',
  '林某',
  '周某',
];

// The longer text of the `detail: 'long'` corpus (≈300 indexed characters per judgment instead of
// ≈147): the parts a real judgment's 基本案情 and 裁判理由 carry beyond the key facts, each from its own
// list of wordings so that documents differ in their bigrams as real ones do.

/** The per-案由 text of a long judgment: what the plaintiff asks and what evidence is filed. */
export interface CauseDetail {
  /** 诉讼请求 (the main claim). */
  readonly claims: readonly string[];
  /** Evidence items typical of the 案由 (three are named per judgment). */
  readonly evidence: readonly string[];
}

export const CAUSE_DETAILS: Readonly<Record<string, CauseDetail>> = {
  sale: {
    claims: [
      '判令被告支付拖欠的货款及逾期付款利息',
      '判令被告赔偿因违约造成的经济损失',
      '判令解除双方签订的购销合同并返还预付款',
    ],
    evidence: ['购销合同', '送货单', '增值税专用发票', '对账单', '银行付款回单', '质量检测报告', '往来函件'],
  },
  loan: {
    claims: [
      '判令被告偿还借款本金及逾期利息',
      '判令被告归还借款并支付资金占用期间的利息',
      '判令被告及其配偶共同偿还借款',
    ],
    evidence: ['借条', '银行转账记录', '微信聊天记录', '催款短信', '收条', '担保书', '还款计划'],
  },
  labor: {
    claims: [
      '判令被告支付拖欠的工资及经济补偿',
      '判令被告支付违法解除劳动合同的赔偿金',
      '判令被告补缴社会保险费并支付加班工资',
    ],
    evidence: [
      '劳动仲裁裁决书',
      '工资流水',
      '考勤记录',
      '员工手册',
      '解除劳动关系通知书',
      '社保缴费记录',
      '工作证',
    ],
  },
  traffic: {
    claims: [
      '判令各被告赔偿医疗费误工费护理费等各项损失',
      '判令保险公司在交强险和商业三者险限额内先行赔付',
      '判令被告赔偿车辆维修费及停运损失',
    ],
    evidence: [
      '道路交通事故认定书',
      '病历资料',
      '医疗费票据',
      '司法鉴定意见书',
      '车辆行驶证',
      '保险单',
      '误工证明',
    ],
  },
  construction: {
    claims: [
      '判令被告支付拖欠的工程款及利息',
      '判令被告支付工程进度款并返还履约保证金',
      '确认原告对涉案工程折价或拍卖的价款享有优先受偿权',
    ],
    evidence: [
      '施工合同',
      '工程结算书',
      '竣工验收报告',
      '签证单',
      '会议纪要',
      '工程造价鉴定意见',
      '付款凭证',
    ],
  },
  equity: {
    claims: [
      '判令被告支付股权转让款及违约金',
      '判令解除股权转让协议并恢复股东登记',
      '判令被告按约定回购股权并支付投资补偿款',
    ],
    evidence: ['股权转让协议', '股东会决议', '公司章程', '工商登记档案', '审计报告', '付款凭证', '投资协议'],
  },
};

/** How the case came to trial (the opening of a judgment's 基本案情). */
export const PROCEDURES: readonly string[] = [
  '本院立案后依法适用普通程序公开开庭进行了审理',
  '本院受理后依法适用简易程序公开开庭进行了审理',
  '本案经诉前调解未能达成协议后转入诉讼程序',
  '本院受理后依法组成合议庭进行了审理',
  '本案由简易程序转为普通程序继续审理',
  '本院于受理后向被告送达了起诉状副本及开庭传票',
];

/** 被告辩称 (the defence), whatever the 案由. */
export const DEFENCES: readonly string[] = [
  '原告主张的金额缺乏事实依据，请求驳回原告的诉讼请求',
  '其已按约履行主要义务，不存在违约行为',
  '原告的起诉已超过诉讼时效',
  '原告所诉与事实不符，其不应承担责任',
  '双方之间另有约定，原告的请求于法无据',
];

/** How the evidence closes the facts found. */
export const EVIDENCE_CLOSINGS: readonly string[] = [
  '及当事人陈述等证据在案佐证',
  '等证据证实，本院予以确认',
  '及庭审笔录在卷为凭',
];

/** The court's conclusion (the end of 裁判理由). */
export const CONCLUSIONS: readonly string[] = [
  '原告的诉讼请求部分成立，本院予以部分支持',
  '原告的诉讼请求有事实和法律依据，本院予以支持',
  '原告的其余诉讼请求缺乏依据，本院不予支持',
  '被告的抗辩理由不能成立，本院不予采纳',
];

/** The laws of the article ids' prefixes, as a judgment cites them. */
export const LAW_TITLES: Readonly<Record<string, string>> = {
  CC: '中华人民共和国民法典',
  LCL: '中华人民共和国劳动合同法',
  LL: '中华人民共和国劳动法',
  INS: '中华人民共和国保险法',
  CL: '中华人民共和国公司法',
  JCI: '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）',
};
