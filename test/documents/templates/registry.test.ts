import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTemplateRegistry } from "../../../src/documents/templates/registry.js";
import { NotFoundError, ValidationError } from "../../../src/lib/errors.js";
import { auditSummary, complianceLetter, findingLetter, followUpReminder, sharingLetter } from "./samples.js";

const registry = createTemplateRegistry();

describe("template registry", () => {
  it("lists the five templates with kind, formats, version and a JSON Schema for their data", () => {
    const list = registry.list();
    expect(list.map((t) => [t.name, t.kind])).toEqual([
      ["audit-summary", "report"],
      ["compliance-letter", "letter"],
      ["finding-letter", "letter"],
      ["follow-up-reminder", "letter"],
      ["sharing-justification-letter", "letter"],
    ]);
    for (const t of list) {
      expect(t.formats).toEqual(expect.arrayContaining(["markdown"]));
      expect(t.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.dataSchema).toMatchObject({ type: "object" });
    }
    const finding = registry.get("finding-letter").info.dataSchema as { required: string[]; properties: Record<string, unknown> };
    expect(finding.required).toEqual(expect.arrayContaining(["sender", "date", "agency", "audit", "findings", "recommendations", "dueDates"]));
  });

  it("skips templates without front matter, such as the model policy", () => {
    expect(registry.list().some((t) => t.kind === "policy")).toBe(false);
    expect(() => registry.get("model-policy")).toThrow(NotFoundError);
  });

  it("renders the 2019-118 finding letter to the Fresno Police Department", () => {
    const { markdown, template } = registry.render("finding-letter", findingLetter());
    expect(template.name).toBe("finding-letter");
    expect(markdown).toContain("**California State Auditor**");
    expect(markdown).toContain("February 13, 2020");
    expect(markdown).toContain("Fresno Police Department\\\n2323 Mariposa Street\\\nFresno, CA 93721");
    expect(markdown).toContain("**Re: Report 2019-118, *Automated License Plate Readers");
    expect(markdown).toContain("Dear Chief Hall:");
    expect(markdown).toContain("### Finding 1: Fresno's ALPR policy does not specify how long it retains ALPR images");
    expect(markdown).toContain("> (G) The length of time ALPR information will be retained");
    expect(markdown).toContain("> — Cal. Civ. Code § 1798.90.51(b)(2)(G)");
    expect(markdown).toMatch(/\*\*Condition\.\*\* Fresno's ALPR policy does not state/);
    expect(markdown).toMatch(/\*\*Cause\.\*\* The department adopted/);
    expect(markdown).toMatch(/\*\*Effect\.\*\* Without a defined retention period/);
    expect(markdown).toContain("**Recommendation 7.** Fresno should update its ALPR policy");
    expect(markdown).toContain("**Recommendation 9.**");
    expect(markdown).toContain("**60-day response:** April 13, 2020");
    expect(markdown).toContain("**Six-month response:** August 13, 2020");
    expect(markdown).toContain("**One-year response:** February 13, 2021");
    expect(markdown).toContain("Elaine M. Howle, CPA\\\nCalifornia State Auditor");
    expect(markdown).not.toMatch(/undefined|\[object Object\]|\n{3,}/);
  });

  it("omits cause and effect when a finding has none", () => {
    const data = findingLetter();
    data.findings = [{ title: "No policy", criteria: data.findings[0]!.criteria, condition: "The department has no policy." }];
    const { markdown } = registry.render("finding-letter", data);
    expect(markdown).toContain("**Condition.** The department has no policy.");
    expect(markdown).not.toContain("**Cause.**");
    expect(markdown).not.toContain("**Effect.**");
  });

  it("renders the compliance letter with a due date counted in business days", () => {
    const { markdown } = registry.render("compliance-letter", complianceLetter());
    expect(markdown).toContain("## 1. Retention period and destruction process — not addressed");
    expect(markdown).toContain("## 2. Restrictions on sale, sharing, or transfer — partly addressed");
    expect(markdown).toContain("*Authority: Cal. Civ. Code § 1798.90.51(b)(2)(G)*");
    expect(markdown).toContain("- No section of the policy states a retention period.");
    expect(markdown).toContain("The policy addresses this element only in part.");
    // Ten business days after Friday 2020-02-14: skips two weekends and Presidents' Day (2020-02-17).
    expect(markdown).toContain("By **March 2, 2020** (10 business days from the date of this letter)");
  });

  it("renders the sharing justification letter quoting the statute passed in the data", () => {
    const { markdown } = registry.render("sharing-justification-letter", sharingLetter());
    expect(markdown).toContain("Tulare County Sheriff's Office\\\n2404 West Burrel Avenue");
    expect(markdown).toContain("one of 1,119 entities that receive it");
    expect(markdown).toContain("> (b) A public agency shall not sell, share, or transfer ALPR information, except to another public agency");
    expect(markdown).toContain("> — Cal. Civ. Code § 1798.90.55(b)");
    expect(markdown).toContain("by **April 1, 2020**");
    expect(markdown).toContain("Documentation that the Tulare County Sheriff's Office is a public agency");
    expect(markdown).toContain("Dear Sir or Madam:");
  });

  it("renders the follow-up reminder with each overdue stage, due date and last status", () => {
    const { markdown } = registry.render("follow-up-reminder", followUpReminder());
    expect(markdown).toContain("### Recommendation 7");
    expect(markdown).toContain("**Response overdue:** 6-month response, due August 13, 2020");
    expect(markdown).toContain("**Last reported status:** Pending (response dated April 13, 2020)");
    expect(markdown).toContain("**Response overdue:** 60-day response, due April 13, 2020");
    expect(markdown).toContain("**Last reported status:** no response received");
    expect(markdown).toContain("by **September 15, 2020**");
  });

  it("renders the audit summary with findings, counts and recommendations by status", () => {
    const { markdown, template } = registry.render("audit-summary", auditSummary());
    expect(template.kind).toBe("report");
    expect(markdown).toContain("# Report 2019-118: Automated License Plate Readers");
    expect(markdown).toContain("3 findings concerning 2 agencies and 2 statutory requirements");
    expect(markdown).toContain("| 2 | Shares data with 1,119 entities | Fresno Police Department | Sharing only with public agencies | Cal. Civ. Code § 1798.90.55(b) |");
    expect(markdown).toContain("| Fresno Police Department | 2 |");
    expect(markdown).toContain("| Retention period | Cal. Civ. Code § 1798.90.51(b)(2)(G) | 2 |");
    expect(markdown).toContain("### Fully Implemented (1 recommendation)");
    expect(markdown).toContain("- **Recommendation 9** (Los Angeles Police Department): Establish a retention period.");
  });

  it("uses the optional letterhead lines only when given", () => {
    const data = findingLetter();
    data.sender = { ...data.sender, logoText: "Independent Non-Partisan Oversight", phone: undefined, website: undefined };
    const { markdown } = registry.render("finding-letter", data);
    expect(markdown.startsWith("<!-- letterhead -->\n*Independent Non-Partisan Oversight*\n\n**California State Auditor**\\\n621 Capitol Mall")).toBe(true);
    expect(markdown).toContain("Sacramento, CA 95814\n\n---");
    expect(markdown).toContain("please contact our office.");
  });

  it("speaks of one finding and one overdue response in the singular", () => {
    const letter = findingLetter();
    letter.recommendations = letter.recommendations.slice(0, 1);
    expect(registry.render("finding-letter", letter).markdown).toContain("sets out the finding in that report that concerns the Fresno Police Department");
    const reminder = followUpReminder();
    reminder.overdue = reminder.overdue.slice(0, 1);
    const { markdown } = registry.render("follow-up-reminder", reminder);
    expect(markdown).toContain("the response to the following recommendation is past due");
    expect(markdown).toContain("Please submit this response by");
  });

  it("rejects data missing a field with a ValidationError naming it", () => {
    const data: Record<string, unknown> = { ...findingLetter() };
    delete data.dueDates;
    const audit = { ...findingLetter().audit, reportNumber: undefined };
    const err = (() => {
      try {
        registry.render("finding-letter", { ...data, audit });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    const paths = (err as ValidationError).errors!.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["/dueDates", "/audit/reportNumber"]));
    expect((err as Error).message).toContain("/dueDates");
  });

  it.each(["no-such-letter", "../etc/passwd", "letters/finding-letter", "..", "Finding-Letter", "finding-letter.md.hbs", "", "partials/letterhead", "letterhead"])(
    "treats the template name %j as not found",
    (name) => {
      expect(() => registry.render(name, findingLetter())).toThrow(NotFoundError);
    },
  );
});

describe("template registry on a directory", () => {
  function dirWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const front = (name: string, data = "FollowUpReminderData") =>
    `---\nname: ${name}\ntitle: T\nkind: letter\nformats: [markdown]\nversion: "1"\ndata: ${data}\ndescription: A test template.\n---\n`;

  it("fails at construction on a template syntax error, naming the file", () => {
    const dir = dirWith({ "letters/bad.md.hbs": `${front("bad")}{{#each overdue}}` });
    expect(() => createTemplateRegistry(dir)).toThrow(/letters\/bad\.md\.hbs/);
  });

  it("fails at construction when the data schema is not exported", () => {
    const dir = dirWith({ "letters/x.md.hbs": `${front("x", "NoSuchSchema")}hello` });
    expect(() => createTemplateRegistry(dir)).toThrow(/NoSuchSchema/);
  });

  it("fails when a template prints a field its data lacks (strict mode)", () => {
    const dir = dirWith({
      "letters/a.md.hbs": `${front("a")}{{audit.missingField}}`,
      "letters/b.md.hbs": `${front("b")}{{md audit.missingField}}`,
    });
    const r = createTemplateRegistry(dir);
    const data = followUpReminder();
    expect(() => r.render("a", data)).toThrow(/missingField/);
    expect(() => r.render("b", data)).toThrow(/md.*missing value/);
  });

  it("rejects two templates with the same name", () => {
    const dir = dirWith({ "letters/a.md.hbs": `${front("same")}a`, "reports/b.md.hbs": `${front("same")}b` });
    expect(() => createTemplateRegistry(dir)).toThrow(/already used/);
  });
});
