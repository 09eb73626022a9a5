/**
 * The search's glossary: the words people type, and the terms the plans use for the same thing.
 * Reviewed data, read by src/lib/search/expand.ts at query time: a query that is one of a group's
 * `words` or `terms` is searched as itself and as each of the group's `terms`, and the results
 * are merged (why query time: README, "Search").
 *
 * `terms` are the plans' own words, most specific first (the search runs at most the first
 * MAX_VARIANTS of them): tests/unit/search/glossary.test.ts checks that each occurs in the texts of
 * the library's notices (seeds/), except in groups of kind "department", whose terms are the
 * spellings a body's name takes across places (市人社局, 人力资源和社会保障局, 人力资源社会保障局) and need
 * not all occur here. `words` are what a citizen, a business or an official types instead; they
 * may not occur at all (交税).
 *
 * Keep groups narrow: a term in a group is searched whenever any word of the group is typed, so a
 * broad term (税, 电) would flood the results. One comment per group says why its members belong
 * together.
 */

export type GlossaryKind = 'everyday' | 'indicator' | 'department';

export interface GlossaryGroup {
  kind: GlossaryKind;
  /** What people type (may not occur in any plan). */
  words: string[];
  /** The plans' terms, searched in this order. */
  terms: string[];
}

/** The most variants a query term is searched as, itself included: each may load an index chunk. */
export const MAX_VARIANTS = 5;

export const GLOSSARY: GlossaryGroup[] = [
  // ── Everyday words for the plans' services ──

  // Paying tax: people say 交税/缴税/报税; plans say 纳税 (the indicator), 办税 (the service), 缴税.
  {
    kind: 'everyday',
    words: ['交税', '缴税', '报税', '交税费'],
    terms: ['纳税', '办税', '缴税', '税费'],
  },
  // Tax refunds for exporters.
  { kind: 'everyday', words: ['退税'], terms: ['出口退税', '退税'] },
  // Invoices: 开发票/领发票 → 发票.
  { kind: 'everyday', words: ['开发票', '领发票', '开票'], terms: ['发票'] },
  // Starting a business: 开公司, 开店, 注册公司 → the plans' 企业开办 / 开办企业 and 设立登记.
  {
    kind: 'everyday',
    words: ['开公司', '开店', '注册公司', '办公司', '成立公司', '开厂', '创业'],
    terms: ['企业开办', '开办企业', '设立登记', '营业执照'],
  },
  // The business licence: 执照 is how people say 营业执照.
  { kind: 'everyday', words: ['执照', '办执照', '营业证'], terms: ['营业执照', '电子营业执照'] },
  // Closing a business.
  { kind: 'everyday', words: ['关公司', '注销公司', '公司注销'], terms: ['注销', '简易注销'] },
  // Company seals.
  { kind: 'everyday', words: ['刻公章', '公章', '刻章'], terms: ['刻章', '印章'] },
  // Getting connected to electricity: 通电, 接电, 装电表 → 办电, 用电, 获得电力, 供电.
  {
    kind: 'everyday',
    words: ['通电', '接电', '装电表', '电力', '拉电', '用电报装'],
    terms: ['办电', '用电', '获得电力', '供电', '电力接入'],
  },
  // Water and gas connections.
  {
    kind: 'everyday',
    words: ['通水', '接水', '通气', '接燃气', '装燃气', '水电气', '用水', '用气'],
    terms: ['获得用水用气', '用水', '用气', '供水', '燃气'],
  },
  // Medical insurance: 医保 is the everyday (and the departments') word for 医疗保障.
  { kind: 'everyday', words: ['医保', '医疗保险', '看病报销'], terms: ['医保', '医疗保障'] },
  // Social insurance.
  { kind: 'everyday', words: ['社保', '五险', '交社保'], terms: ['社会保险', '社保'] },
  // Housing fund.
  { kind: 'everyday', words: ['公积金'], terms: ['住房公积金', '公积金'] },
  // Property titles: 房产证, 过户 → 不动产登记, 不动产权证.
  {
    kind: 'everyday',
    words: ['房产证', '房本', '过户', '办房产证', '产权证', '房产登记'],
    terms: ['不动产登记', '不动产权证'],
  },
  // Building permits: 盖房/建房审批, 施工证 → 施工许可, 工程建设项目审批.
  {
    kind: 'everyday',
    words: ['施工证', '建房审批', '盖房审批', '建筑许可', '报建', '盖楼'],
    terms: ['施工许可', '工程建设项目审批', '办理建筑许可'],
  },
  // Loans and credit for businesses.
  {
    kind: 'everyday',
    words: ['贷款', '借钱', '融资难', '银行贷款'],
    terms: ['贷款', '融资', '信贷', '获得信贷'],
  },
  // Going to court over a contract.
  { kind: 'everyday', words: ['打官司', '起诉', '官司'], terms: ['诉讼', '执行合同'] },
  // Bankruptcy.
  { kind: 'everyday', words: ['破产', '公司破产', '倒闭'], terms: ['办理破产', '破产'] },
  // Import and export.
  {
    kind: 'everyday',
    words: ['进出口', '报关', '清关', '外贸', '出口', '进口'],
    terms: ['通关', '跨境贸易', '口岸', '报关'],
  },
  // Bidding and public purchasing.
  { kind: 'everyday', words: ['招标', '投标', '招投标'], terms: ['招标投标', '招投标'] },
  { kind: 'everyday', words: ['政府采购', '采购'], terms: ['政府采购'] },
  // Patents and trade marks.
  {
    kind: 'everyday',
    words: ['专利', '商标', '版权', '知识产权'],
    terms: ['知识产权', '专利', '商标'],
  },
  // Credit records.
  {
    kind: 'everyday',
    words: ['失信', '征信', '黑名单', '信用'],
    terms: ['信用修复', '失信', '信用'],
  },
  // Old-age care.
  {
    kind: 'everyday',
    words: ['养老', '养老院', '敬老院', '老人'],
    terms: ['养老服务', '养老机构', '养老'],
  },
  // Jobs.
  { kind: 'everyday', words: ['找工作', '招工', '招人'], terms: ['就业', '招聘', '用工'] },
  // Complaints hotline.
  { kind: 'everyday', words: ['投诉', '热线', '市长热线'], terms: ['12345', '投诉'] },
  // One service window for several steps.
  {
    kind: 'everyday',
    words: ['一个窗口', '一窗', '一窗办理', '一窗受理'],
    terms: ['一窗受理', '一窗办理', '一窗通办'],
  },
  // Doing things online / in one go.
  {
    kind: 'everyday',
    words: ['网上办', '在线办理', '不用跑'],
    terms: ['一网通办', '网上办理', '不见面'],
  },
  // Open government information.
  { kind: 'everyday', words: ['信息公开', '政府信息'], terms: ['政务公开', '信息公开'] },

  // ── The evaluation's indicators (World Bank Doing Business and the China evaluation) by their
  //    common names ──

  {
    kind: 'indicator',
    words: ['开办企业', '企业开办', 'starting a business'],
    terms: ['开办企业', '企业开办'],
  },
  {
    kind: 'indicator',
    words: ['办理建筑许可', '建筑许可', 'construction permits'],
    terms: ['办理建筑许可', '施工许可', '工程建设项目审批'],
  },
  {
    kind: 'indicator',
    words: ['获得电力', 'getting electricity'],
    terms: ['获得电力', '办电', '用电'],
  },
  {
    kind: 'indicator',
    words: ['获得用水用气', '用水用气', 'water and gas'],
    terms: ['获得用水用气', '用水', '用气'],
  },
  {
    kind: 'indicator',
    words: ['登记财产', '财产登记', 'registering property'],
    terms: ['登记财产', '不动产登记'],
  },
  { kind: 'indicator', words: ['获得信贷', 'getting credit'], terms: ['获得信贷', '信贷', '融资'] },
  {
    kind: 'indicator',
    words: ['保护中小投资者', '保护少数投资者', '中小投资者', 'minority investors'],
    terms: ['保护中小投资者', '中小投资者'],
  },
  { kind: 'indicator', words: ['纳税', 'paying taxes'], terms: ['纳税', '办税'] },
  { kind: 'indicator', words: ['跨境贸易', 'trading across borders'], terms: ['跨境贸易', '通关'] },
  { kind: 'indicator', words: ['执行合同', 'enforcing contracts'], terms: ['执行合同', '诉讼'] },
  { kind: 'indicator', words: ['办理破产', 'resolving insolvency'], terms: ['办理破产', '破产'] },
  {
    kind: 'indicator',
    words: ['劳动力市场监管', '劳动力市场', 'labor market'],
    terms: ['劳动力市场监管', '就业', '用工'],
  },
  {
    kind: 'indicator',
    words: ['招标投标', 'tendering and bidding'],
    terms: ['招标投标', '招投标'],
  },
  { kind: 'indicator', words: ['政务服务', 'government services'], terms: ['政务服务'] },
  {
    kind: 'indicator',
    words: ['知识产权创造保护和运用', '知识产权保护', 'intellectual property'],
    terms: ['知识产权'],
  },
  { kind: 'indicator', words: ['市场监管', 'market regulation'], terms: ['市场监管'] },
  {
    kind: 'indicator',
    words: ['包容普惠创新', 'inclusive innovation'],
    terms: ['包容普惠创新'],
  },

  // ── Departments by the names people use (kind "department": terms are spellings across places,
  //    not all need occur here) ──

  // Human resources and social security.
  {
    kind: 'department',
    words: ['人社局', '人社', '人社厅', '劳动局'],
    terms: ['人社局', '人力资源和社会保障局', '人力资源社会保障局', '人社厅'],
  },
  // Housing and urban-rural construction (郑州's 2020 plan calls it 市城建局).
  {
    kind: 'department',
    words: ['住建局', '住建', '住建委', '建委', '住建厅'],
    terms: ['住建局', '住房和城乡建设局', '住房城乡建设局', '城建局', '住建厅'],
  },
  // Market regulation.
  {
    kind: 'department',
    words: ['市监局', '市场监管局', '工商局', '质监局', '市场监管厅'],
    terms: ['市场监管局', '市场监督管理局', '市监局', '市场监管厅'],
  },
  // Development and reform.
  {
    kind: 'department',
    words: ['发改委', '发改局', '发改'],
    terms: ['发改委', '发展改革委', '发展和改革委员会', '发展改革局'],
  },
  // Tax.
  { kind: 'department', words: ['税务局', '税务'], terms: ['税务局'] },
  // Police.
  { kind: 'department', words: ['公安局', '派出所', '公安'], terms: ['公安局', '公安厅'] },
  // Natural resources and planning (land, 不动产登记).
  {
    kind: 'department',
    words: ['自然资源局', '国土局', '规划局', '自规局', '资规局'],
    terms: ['自然资源局', '自然资源和规划局', '资源规划局', '自然资源厅'],
  },
  // Healthcare security.
  {
    kind: 'department',
    words: ['医保局'],
    terms: ['医保局', '医疗保障局'],
  },
  // The central bank's branches.
  {
    kind: 'department',
    words: ['人民银行', '人行', '央行'],
    terms: ['人民银行', '人行'],
  },
  // Courts and procuratorates.
  { kind: 'department', words: ['法院', '中院'], terms: ['人民法院', '法院', '中院'] },
  { kind: 'department', words: ['检察院'], terms: ['人民检察院', '检察院'] },
  // Big data / government services administrations.
  {
    kind: 'department',
    words: ['大数据局', '政务办', '政数局', '政务服务中心'],
    terms: ['大数据局', '政务办', '政务服务和大数据管理局', '政务服务中心'],
  },
  // Transport.
  {
    kind: 'department',
    words: ['交通局', '交通厅'],
    terms: ['交通运输局', '交通局', '交通运输厅'],
  },
  // Customs.
  { kind: 'department', words: ['海关'], terms: ['海关'] },
  // The power company.
  {
    kind: 'department',
    words: ['电力公司', '供电局', '国家电网', '电业局', '供电公司'],
    terms: ['供电公司', '电网', '供电局'],
  },
  // City management.
  { kind: 'department', words: ['城管局', '城管'], terms: ['城管局', '城市管理局'] },
  // Ecology and environment.
  { kind: 'department', words: ['环保局', '生态环境局'], terms: ['生态环境局', '环保局'] },
  // Industry and IT.
  {
    kind: 'department',
    words: ['工信局', '工信委', '经信委'],
    terms: ['工信局', '工业和信息化局', '工业和信息化厅'],
  },
  // Justice.
  { kind: 'department', words: ['司法局'], terms: ['司法局', '司法厅'] },
  // Health.
  {
    kind: 'department',
    words: ['卫健委', '卫生局'],
    terms: ['卫健委', '卫生健康委', '卫生健康委员会'],
  },
  // Civil affairs.
  { kind: 'department', words: ['民政局'], terms: ['民政局', '民政厅'] },
  // Local financial regulators.
  {
    kind: 'department',
    words: ['金融局', '金融办', '金融监管局'],
    terms: ['金融局', '地方金融监督管理局', '金融监管'],
  },
  // Emergency management.
  { kind: 'department', words: ['应急局', '安监局'], terms: ['应急管理局', '应急局'] },
  // Commerce.
  { kind: 'department', words: ['商务局', '商务厅'], terms: ['商务局', '商务厅'] },
  // Finance.
  { kind: 'department', words: ['财政局', '财政厅'], terms: ['财政局', '财政厅'] },
  // Agriculture.
  { kind: 'department', words: ['农业局', '农业农村局'], terms: ['农业农村局', '农业局'] },
  // Culture and tourism.
  {
    kind: 'department',
    words: ['文旅局', '旅游局'],
    terms: ['文化广电和旅游局', '文旅局', '文化和旅游局'],
  },
  // Administrative approval bureaux.
  {
    kind: 'department',
    words: ['审批局', '行政审批局'],
    terms: ['审批局', '行政审批服务局', '行政审批局'],
  },
  // Water affairs.
  { kind: 'department', words: ['水利局', '水务局'], terms: ['水利局', '水务局'] },
];

/**
 * Words dropped from a query before it is matched: question words that no plan says
 * (通电要多久 → 通电, 怎么开公司 → 开公司).
 */
export const QUESTION_WORDS = [
  '要多久',
  '多长时间',
  '多久',
  '怎么办理',
  '怎么办',
  '怎么样',
  '怎么',
  '如何办理',
  '如何',
  '在哪里',
  '在哪儿',
  '去哪里',
  '哪里',
  '需要什么',
  '什么',
  '要什么',
  '能不能',
  '吗',
  '呢',
  '？',
  '?',
];
