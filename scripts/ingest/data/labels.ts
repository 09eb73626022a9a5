/**
 * The labels that introduce units and deadlines in notices of this genre, and what each one means.
 * A new notice that writes, say, 协同单位 needs one line here, not new code.
 */
export type LabelRole = 'lead' | 'responsible' | 'deadline';

export const LABELS: Readonly<Record<string, LabelRole>> = {
  牵头单位: 'lead',
  牵头部门: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  配合单位: 'responsible',
  配合部门: 'responsible',
  完成时限: 'deadline',
  整改时限: 'deadline',
  完成时间: 'deadline',
};

/** Deadlines that mean "no end date": the model's `{ kind: "ongoing" }`. */
export const ONGOING = ['持续推进', '长期坚持', '持续开展', '长期推进', '常态化推进', '长期'];
