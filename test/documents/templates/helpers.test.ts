import { describe, expect, it } from "vitest";
import {
  addDays, addMonths, dueDate, escapeMarkdown, federalHolidays, formatCitationText, formatLines, formatList, formatNumber, longDate, ordinal, plural, quote, withArticle,
} from "../../../src/documents/templates/helpers.js";

describe("longDate", () => {
  it.each([
    ["2020-02-13", "February 13, 2020"],
    ["2020-02-29", "February 29, 2020"],
    ["2021-01-01", "January 1, 2021"],
    ["2020-12-31", "December 31, 2020"],
    ["2020-02-13T23:30:00-08:00", "February 13, 2020"],
  ])("formats %s as %s, whatever the time zone", (input, expected) => {
    expect(longDate(input)).toBe(expected);
  });

  it.each(["2021-02-29", "02/13/2020", "", "soon"])("rejects %j", (input) => {
    expect(() => longDate(input)).toThrow(RangeError);
  });
});

describe("addDays and addMonths", () => {
  it.each([
    [() => addDays("2020-02-13", 60), "2020-04-13"],
    [() => addMonths("2020-02-13", 6), "2020-08-13"],
    [() => addMonths("2020-02-13", 12), "2021-02-13"],
    [() => addMonths("2020-08-31", 6), "2021-02-28"],
    [() => addMonths("2020-02-29", 12), "2021-02-28"],
    [() => addDays("2020-03-01", -1), "2020-02-29"],
  ])("case %#", (fn, expected) => {
    expect(fn()).toBe(expected);
  });
});

describe("dueDate (business days)", () => {
  it.each([
    ["2020-02-13", 0, "2020-02-13", "zero days is the day itself"],
    ["2020-02-12", 2, "2020-02-14", "within a week"],
    ["2020-02-06", 2, "2020-02-10", "across a weekend"],
    ["2020-02-14", 1, "2020-02-18", "across a weekend and Presidents' Day"],
    ["2020-11-25", 1, "2020-11-27", "over Thanksgiving"],
    ["2020-07-02", 1, "2020-07-06", "July 4 on a Saturday is observed Friday July 3"],
    ["2021-12-30", 1, "2022-01-03", "New Year's Day 2022 (Saturday) is observed Friday 2021-12-31"],
    ["2021-06-18", 1, "2021-06-21", "Juneteenth 2021 (Saturday) observed Friday 2021-06-18"],
    ["2020-02-14", 10, "2020-03-02", "ten business days"],
  ])("%s + %i business days = %s (%s)", (from, n, expected) => {
    expect(dueDate(from, n)).toBe(expected);
  });

  it("lists the observed federal holidays of a year, with next New Year's Day when observed on December 31", () => {
    expect(federalHolidays(2021)).toEqual([
      "2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31",
    ]);
  });

  it("rejects a negative or fractional count", () => {
    expect(() => dueDate("2020-02-13", -1)).toThrow(RangeError);
    expect(() => dueDate("2020-02-13", 1.5)).toThrow(RangeError);
  });
});

describe("ordinal", () => {
  it.each([
    [1, "1st"], [2, "2nd"], [3, "3rd"], [4, "4th"], [11, "11th"], [12, "12th"], [13, "13th"],
    [21, "21st"], [22, "22nd"], [23, "23rd"], [101, "101st"], [111, "111th"], [112, "112th"], [0, "0th"],
  ])("%i → %s", (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});

describe("formatList", () => {
  it.each([
    [[], "and", ""],
    [["A"], "and", "A"],
    [["A", "B"], "and", "A and B"],
    [["A", "B", "C"], "and", "A, B, and C"],
    [["A", "B", "C"], "or", "A, B, or C"],
  ])("%j with %s → %j", (items, conjunction, expected) => {
    expect(formatList(items, conjunction)).toBe(expected);
  });
});

describe("plural", () => {
  it.each([
    [0, "0 findings"],
    [1, "1 finding"],
    [2, "2 findings"],
  ])("%i → %s", (n, expected) => {
    expect(plural(n, "finding", "findings")).toBe(expected);
  });

  it("defaults the plural to adding s", () => {
    expect(plural(3, "recommendation")).toBe("3 recommendations");
  });
});

describe("formatCitationText", () => {
  it.each([
    ["Civil Code section 1798.90.51, subd. (b)(2)(G)", "Cal. Civ. Code § 1798.90.51(b)(2)(G)"],
    ["Civil Code section 1798.90.55(b)", "Cal. Civ. Code § 1798.90.55(b)"],
    ["the department's own policy", "the department's own policy"],
  ])("%s → %s", (input, expected) => {
    expect(formatCitationText(input)).toBe(expected);
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["plain text", "plain text"],
    ["<script>", "\\<script\\>"],
    ["{{x}}", "\\{\\{x\\}\\}"],
    ["# heading", "\\# heading"],
    ["| pipe |", "\\| pipe \\|"],
    ["[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"],
    ["*a* _b_ `c` ~d~ \\", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\\\"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["> quote", "\\> quote"],
    ["1. one", "1\\. one"],
    ["12) twelve", "12\\) twelve"],
    ["916.445.0255", "916.445.0255"],
    ["line one\n\n# two", "line one \\# two"],
    ["AT&T", "AT\\&T"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("quote, formatLines and formatNumber", () => {
  it("quotes statutory text line by line with the canonical citation after it", () => {
    expect(quote("(b) A public agency shall not sell.\n(c) Other text.", "Civil Code section 1798.90.55")).toBe(
      "> (b) A public agency shall not sell.\n>\n> (c) Other text.\n>\n> — Cal. Civ. Code § 1798.90.55",
    );
  });

  it("joins lines with hard breaks, dropping missing ones", () => {
    expect(formatLines(["A", undefined, ["B", ""], "C"])).toBe("A\\\nB\\\nC");
  });

  it.each([[1119, "1,119"], [7, "7"], [1000000, "1,000,000"]])("%i → %s", (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});

describe("withArticle", () => {
  it.each([
    ["Fresno Police Department", "the Fresno Police Department"],
    ["Sacramento County Sheriff's Office", "the Sacramento County Sheriff's Office"],
    ["City of Fresno", "the City of Fresno"],
    ["California Highway Patrol", "the California Highway Patrol"],
    ["Missouri Police Chiefs Association", "the Missouri Police Chiefs Association"],
    ["The Regents of the University of California", "The Regents of the University of California"],
    ["Vigilant Solutions", "Vigilant Solutions"],
    ["Fresno", "Fresno"],
  ])("%s → %s", (name, expected) => {
    expect(withArticle(name)).toBe(expected);
  });
});
