/**
 * The business-environment indicators as the notices title them, with the World Bank / China
 * evaluation English names. The slug of a known indicator is its English name, lower-case, words
 * joined by "-"; an indicator not in this table gets a pinyin slug and no English name.
 */
export const INDICATOR_NAMES: Readonly<Record<string, string>> = {
  开办企业: 'Starting a Business',
  办理建筑许可: 'Dealing with Construction Permits',
  获得电力: 'Getting Electricity',
  获得用水用气: 'Getting Water and Gas',
  登记财产: 'Registering Property',
  纳税: 'Paying Taxes',
  跨境贸易: 'Trading across Borders',
  办理破产: 'Resolving Insolvency',
  获得信贷: 'Getting Credit',
  保护中小投资者: 'Protecting Minority Investors',
  执行合同: 'Enforcing Contracts',
  劳动力市场监管: 'Labor Market Regulation',
  政府采购: 'Government Procurement',
  招标投标: 'Tendering and Bidding',
  政务服务: 'Government Services',
  知识产权创造保护和运用: 'Intellectual Property',
  市场监管: 'Market Regulation',
  包容普惠创新: 'Inclusive Innovation',
  监督检查: 'Supervision and Inspection',
};

/** "Getting Water and Gas" → "getting-water-and-gas". */
export function englishSlug(english: string): string {
  return english
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}
