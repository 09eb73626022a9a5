/**
 * The labels that introduce units and deadlines in notices of this genre, and what each one means.
 * A new notice that writes, say, 协同单位 needs one line here, not new code.
 */
export type LabelRole = 'lead' | 'responsible' | 'deadline';

export const LABELS: Readonly<Record<string, LabelRole>> = {
  牵头单位: 'lead',
  牵头部门: 'lead',
  牵头处室: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  责任处室: 'responsible',
  配合单位: 'responsible',
  配合部门: 'responsible',
  配合处室: 'responsible',
  协办单位: 'responsible',
  参与单位: 'responsible',
  完成时限: 'deadline',
  整改时限: 'deadline',
  完成时间: 'deadline',
  时限要求: 'deadline',
  完成期限: 'deadline',
};

/**
 * Unlabelled roles: `（X牵头，Y配合）`, `（X负责）`, `Y按职责分工负责`. The words that end a
 * segment of a unit list and say what the units before them do, longest first.
 */
export const ROLE_WORDS: ReadonlyArray<[string, 'lead' | 'responsible']> = [
  ['牵头负责', 'lead'],
  ['牵头', 'lead'],
  ['按职责分工负责', 'responsible'],
  ['按职责分工落实', 'responsible'],
  ['按职责分工配合', 'responsible'],
  ['按职责分工', 'responsible'],
  ['按职责负责', 'responsible'],
  ['分工负责', 'responsible'],
  ['负责', 'responsible'],
  ['配合', 'responsible'],
  ['协助', 'responsible'],
  ['参与', 'responsible'],
];

/** Deadlines that mean "no end date": the model's `{ kind: "ongoing" }`. */
export const ONGOING = [
  '持续推进',
  '长期坚持',
  '持续开展',
  '长期推进',
  '常态化推进',
  '持续实施',
  '长期有效',
  '长期',
];
