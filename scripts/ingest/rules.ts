/**
 * The list of normalisation rules as the site prints it: the line rules of normalize.ts plus the
 * structural and department rules applied by later steps. Order = order of application.
 */
import { LINE_RULES } from './normalize.ts';

export interface RuleInfo {
  id: string;
  description: string;
  example: { before: string; after: string };
}

export const RULES: readonly RuleInfo[] = [
  {
    id: 'line-endings',
    description: '去掉文件开头的字节顺序标记（BOM），换行符统一为 LF。',
    example: { before: '\\uFEFF…\\r\\n', after: '…\\n' },
  },
  ...LINE_RULES.map(({ id, description, example }) => ({ id, description, example })),
  {
    id: 'page-breaks',
    description:
      '分页造成的断行：一行没有以句号、问号或感叹号结束，而下一行不是新的标题、条目、子项或“责任单位”“完成时限”等标签行时，两行接为一行。',
    example: { before: '…供电公司直 / 接查询营业执照…', after: '…供电公司直接查询营业执照…' },
  },
  {
    id: 'item-lines',
    description: '一个条目或子项在单位和时限之前的各行正文合为一段（如首句单独成行的条目）。',
    example: {
      before: '13.部分高压外部工程行政审批列入豁免清单无需办理。 / 150米及以下…',
      after: '部分高压外部工程行政审批列入豁免清单无需办理。150米及以下…',
    },
  },
  {
    id: 'unit-lists',
    description:
      '单位名单按“、”“，”“；”拆成单个单位，引号和括号内不拆；“各开发区、县（市）区”是“各开发区”和“各县（市）区”两个单位；“A等B”“A及B”是A和B两个单位。',
    example: {
      before: '市社保中心等市直机关相关部门及各开发区、县（市）区',
      after: '市社保中心 | 市直机关相关部门 | 各开发区 | 各县（市）区',
    },
  },
  {
    id: 'department-aliases',
    description:
      '带括号第二名称的写法与不带括号的写法是同一单位，以不带括号者为规范名称，另一写法列为别名。',
    example: { before: '市市场监管局（市知识产权局）', after: '市市场监管局' },
  },
];
