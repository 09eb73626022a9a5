/**
 * Department data: how to tell what kind of body a unit is, spellings that name the same body, and
 * pinyin readings the dictionary gets wrong. Rules are tried in order; the first that matches wins.
 */
import type { DepartmentKind } from '../../../src/schemas/model.ts';

export interface KindRule {
  kind: DepartmentKind;
  /** Exact names. */
  names?: readonly string[];
  /** Or a pattern on the canonical name. */
  pattern?: RegExp;
  /** Why, for the reader of this table. */
  why: string;
}

export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'central-provincial',
    names: ['市税务局', '市气象局', '人行郑州中心支行'],
    why: 'tax, weather and the central bank are run from Beijing or the province, not by the city',
  },
  {
    kind: 'central-provincial',
    pattern: /海关$|^人行|^国家|^省|^(中国)?人民银行|银保监|银行保险监督管理|证监/u,
    why: 'customs, the central bank and the banking regulator, national and provincial bodies',
  },
  { kind: 'court-procuratorate', pattern: /(法院|检察院)$/u, why: 'courts and procuratorates' },
  {
    kind: 'enterprise',
    names: ['各接入机构'],
    why: 'the banks and lenders that report to the credit database (item 43)',
  },
  {
    kind: 'enterprise',
    pattern: /(公司|企业|金融机构|银行|供电局)$/u,
    why: 'companies, utilities and financial institutions',
  },
  {
    kind: 'district-zone',
    pattern:
      /(区|片区|县|开发区|新区|园区|街道|乡|镇)(人民政府|政府|管委会)?$|(区|园|城)(管理委员会|管委会|管理局)$/u,
    why: 'districts, counties, development zones, the free-trade-zone area (各开发区, 各县（市）区 too)',
  },
  {
    kind: 'collective',
    pattern: /(部门|单位)$|^各|^市级各|相关|有关/u,
    why: 'a group named by role rather than one body (各审批职能部门, 市级各相关职能部门)',
  },
  {
    kind: 'party-government',
    pattern: /./u,
    why: 'everything else in these notices is a municipal party or government body',
  },
];

/**
 * Explicit spellings of one body: alias → canonical. The general rule (a trailing parenthesised
 * second name, `市市场监管局（市知识产权局）` → `市市场监管局`) lives in the code; this table is for
 * spellings no rule can see.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  // 克拉玛依 2023: item 17 writes the short form of the body items 19 and 20 name in full.
  市住房公积金中心: '市住房公积金管理中心',
  // 三亚 2023: item 53 drops the 中国 that every other mention of the central bank's branch writes.
  人民银行三亚市中心支行: '中国人民银行三亚市中心支行',
};

/** Pinyin the dictionary reads wrongly in these names (人行 is "rén háng", the People's Bank). */
export const PINYIN_OVERRIDES: Readonly<Record<string, string>> = {
  人行: 'ren hang',
};
