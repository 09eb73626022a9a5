/**
 * The continuity links' measured accuracy on the hand-read set (tests/fixtures/continuity/:
 * Zhengzhou 2023's 31 items against Zhengzhou 2020's 107, read by hand before the linking rules were
 * written; items 21–31 held aside while the thresholds were chosen). /about/ prints these numbers and
 * tests/unit/continuity/hand-read.test.ts checks that the computed links still reach them.
 * A link counts as correct when the hand-read set has the same pair, whatever the kind.
 */
export const CONTINUITY_ACCURACY = {
  set: '郑州市 2023年（31 项）对照 2020年（107 项）',
  all: { gold: 33, predicted: 27, correct: 17, precision: 0.63, recall: 0.52 },
  heldOut: { gold: 10, predicted: 9, correct: 6, precision: 0.67, recall: 0.6 },
  /** Of the correct links, the share with the hand-read kind. */
  kindAgreement: 0.59,
  same: { precision: 0.44, recall: 0.58 },
} as const;
