/**
 * Calendar arithmetic for letters: long dates, "60 days / 6 months / 1 year"
 * due dates, and response deadlines counted in business days.
 *
 * Dates are ISO days ("2020-02-13") handled in UTC, so no time zone can shift
 * a letter's date by one. Business days skip Saturdays, Sundays and the eleven
 * US federal holidays of 5 U.S.C. § 6103(a) as observed (a Saturday holiday is
 * observed the Friday before, a Sunday one the Monday after): New Year's Day,
 * Martin Luther King Jr. Day (3rd Mon Jan), Washington's Birthday (3rd Mon Feb),
 * Memorial Day (last Mon May), Juneteenth (June 19, from 2021), Independence
 * Day, Labor Day (1st Mon Sep), Columbus Day (2nd Mon Oct), Veterans Day,
 * Thanksgiving (4th Thu Nov) and Christmas. Not covered: Inauguration Day
 * (DC area only), one-off closures by executive order, and state holidays
 * (e.g. California's César Chávez Day).
 */

const DAY_MS = 86_400_000;

/** The UTC midnight of an ISO day ("2020-02-13", or the day part of a timestamp); throws on anything else. */
export function parseIsoDate(value: unknown): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value instanceof Date ? value.toISOString() : String(value));
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(NaN);
  if (!m || date.getUTCDate() !== Number(m[3])) throw new RangeError(`"${String(value)}" is not a date in the form YYYY-MM-DD`);
  return date;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const LONG = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });

/**
 * A date as a letter writes it.
 *
 * @example
 * longDate("2020-02-13") // "February 13, 2020"
 */
export function longDate(value: unknown): string {
  return LONG.format(parseIsoDate(value));
}

/**
 * The ISO day `n` calendar days after (or before, if negative) a date.
 *
 * @example
 * addDays("2020-02-13", 60) // "2020-04-13"
 */
export function addDays(value: unknown, n: number): string {
  return iso(new Date(parseIsoDate(value).getTime() + n * DAY_MS));
}

/**
 * The ISO day `n` months after a date; a day the target month lacks becomes its last day.
 *
 * @example
 * addMonths("2020-02-13", 6)  // "2020-08-13"
 * addMonths("2020-08-31", 6)  // "2021-02-28"
 * addMonths("2020-02-13", 12) // "2021-02-13" (one year)
 */
export function addMonths(value: unknown, n: number): string {
  const d = parseIsoDate(value);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.getUTCDate(), last));
  return iso(first);
}

/** The `nth` (1-based) given weekday of a month; nth = -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth < 0) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return new Date(last.getTime() - ((last.getUTCDay() - weekday + 7) % 7) * DAY_MS);
  }
  const first = new Date(Date.UTC(year, month, 1));
  return new Date(first.getTime() + (((weekday - first.getUTCDay() + 7) % 7) + (nth - 1) * 7) * DAY_MS);
}

function observed(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(year, month, day));
  const shift = d.getUTCDay() === 6 ? -1 : d.getUTCDay() === 0 ? 1 : 0;
  return new Date(d.getTime() + shift * DAY_MS);
}

/**
 * The observed US federal holidays of a year, as ISO days (see the module header for the list).
 * New Year's Day of the next year may be observed on December 31 of this one.
 *
 * @example
 * federalHolidays(2020).includes("2020-07-03") // true (July 4 was a Saturday)
 */
export function federalHolidays(year: number): string[] {
  const days = [
    observed(year, 0, 1),
    nthWeekday(year, 0, 1, 3),
    nthWeekday(year, 1, 1, 3),
    nthWeekday(year, 4, 1, -1),
    ...(year >= 2021 ? [observed(year, 5, 19)] : []),
    observed(year, 6, 4),
    nthWeekday(year, 8, 1, 1),
    nthWeekday(year, 9, 1, 2),
    observed(year, 10, 11),
    nthWeekday(year, 10, 4, 4),
    observed(year, 11, 25),
    observed(year + 1, 0, 1),
  ];
  return days.map(iso).filter((d) => d.startsWith(String(year)));
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** True on Saturdays, Sundays and observed federal holidays. */
export function isNonBusinessDay(value: unknown): boolean {
  const d = parseIsoDate(value);
  if (d.getUTCDay() === 0 || d.getUTCDay() === 6) return true;
  const year = d.getUTCFullYear();
  let set = holidayCache.get(year);
  if (!set) holidayCache.set(year, (set = new Set(federalHolidays(year))));
  return set.has(iso(d));
}

/**
 * The ISO day `n` business days after a date (the date itself does not count).
 *
 * @example
 * dueDate("2020-02-14", 1)  // "2020-02-18" (weekend, then Presidents' Day)
 * dueDate("2020-02-13", 10) // "2020-02-28"
 */
export function dueDate(value: unknown, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number ≥ 0, not ${n}`);
  let day = iso(parseIsoDate(value));
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (!isNonBusinessDay(day)) left--;
  }
  return day;
}
