/** Chinese numerals as notices write them in headings: 一 … 十九, 二十一, 一百九十 … */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `十九` → 19, `一百九十` → 190; NaN when the string is not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      total += (digit < 0 ? 1 : digit) * UNITS[ch]!;
      digit = -1;
    } else return NaN;
  }
  if (digit > 0) total += digit;
  return total;
}

/** 19 → `十九`, 190 → `一百九十`, 105 → `一百零五` (for generated text, e.g. the synthetic plan). */
export function toChineseNumeral(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = d[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + d[rest];
    return head + (rest < 20 ? '一' : '') + toChineseNumeral(rest);
  }
  throw new RangeError(`no numeral for ${n}`);
}
