// Calendar arithmetic on plain year/month/day triples (UTC, no time zones involved).

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export function parseYmd(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d\d)-(\d\d)/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const toUtc = (p: Ymd) => Date.UTC(p.y, p.m - 1, p.d);
const fromUtc = (t: number): Ymd => {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};

export const addDays = (p: Ymd, n: number): Ymd => fromUtc(toUtc(p) + n * 86400000);

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (p: Ymd): number => new Date(toUtc(p)).getUTCDay();

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const pad = (n: number) => String(n).padStart(2, '0');
export const fmtYear = (y: number) => String(y).padStart(4, '0');
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (p: Ymd) => `${fmtMonth(p.y, p.m)}-${pad(p.d)}`;

/** The n-th (1-based) weekday of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = weekdayOf({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekdayOf({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Compares two dates: negative when a is earlier. */
export const cmp = (a: Ymd, b: Ymd): number => toUtc(a) - toUtc(b);
