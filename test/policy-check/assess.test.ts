import { beforeAll, describe, expect, it } from "vitest";
import type { ChecklistInput } from "../../src/checklists/checklist.schema.js";
import { checkPolicy } from "../../src/policy-check/assess.js";
import { readPolicyDocument } from "../../src/policy-check/document.js";
import type { RequirementCheck } from "../../src/policy-check/policy-check.schema.js";
import { checklist } from "./helpers.js";

let operator: ChecklistInput;
beforeAll(async () => {
  operator = await checklist("ca-alpr-operator");
});

/** Checks a small Markdown policy and returns the result for one requirement. */
async function check(markdown: string, requirementId: string): Promise<RequirementCheck> {
  const doc = await readPolicyDocument({ format: "markdown", content: `# ALPR Policy\n\n${markdown}\n` });
  return checkPolicy(doc, operator.requirements).results.find((r) => r.requirementId === requirementId)!;
}

describe("two-part elements", () => {
  it.each([
    ["period and destruction process", "## 462.6 RETENTION\n\nALPR data is retained for 60 days. Thereafter it is purged unless it has become evidence.", "addressed"],
    ["a minimum period and purge unless evidence", "ALPR data is stored for a minimum of one year. Thereafter, ALPR data should be purged unless it has become evidence.", "addressed"],
    ["only the period", "ALPR data is stored for a minimum of 30 days from the collection date.", "partial"],
    ["only the process", "Data that is not evidence is automatically deleted.", "partial"],
    ["neither", "The department values privacy.", "missing"],
  ])("retention (G) with %s is %s", async (_name, text, status) => {
    expect((await check(text, "retention")).status).toBe(status);
  });

  it("explains a partial element in plain words, quoting the policy with its section and line", async () => {
    const r = await check("## 462.6 RETENTION\n\nALPR data is stored for a minimum of 60 days from the collection date.", "retention");
    expect(r.reasons).toEqual([
      'states how long ALPR data are kept ("ALPR data is stored for a minimum of 60 days from the collection date.", § 462.6 line 5)',
      "nothing in the policy says how and when data are destroyed",
    ]);
    expect(r.evidence).toEqual([{ section: "§ 462.6", sectionPath: ["ALPR Policy", "462.6 RETENTION"], line: 5, text: "ALPR data is stored for a minimum of 60 days from the collection date.", concepts: ["retention-period"] }]);
  });

  it.each([
    ["monthly audits", "ALPR system audits will be conducted on a monthly basis.", "addressed"],
    ["audits by a named official", "System audits are conducted by the Professional Standards Lieutenant.", "addressed"],
    ["audits on a regular basis", "ALPR system audits should be conducted on a regular basis.", "partial"],
  ])("monitoring (C) with %s is %s", async (_name, text, status) => {
    expect((await check(text, "monitoring")).status).toBe(status);
  });

  it("says why 'on a regular basis' is not enough", async () => {
    const r = await check("(c) ALPR system audits should be conducted on a regular basis.", "monitoring");
    expect(r.reasons).toContainEqual(expect.stringMatching(/^"on a regular basis" is not a frequency/));
  });
});

describe("language that mentions an element without stating it", () => {
  it("does not credit a sentence saying the agency does not do it, and says so", async () => {
    const r = await check("The Department does not audit ALPR searches.", "monitoring");
    expect(r.status).toBe("missing");
    expect(r.reasons).toContainEqual(expect.stringContaining("says it is not done"));
  });

  it("still credits a restriction phrased with a negative", async () => {
    const r = await check("ALPR data is never sold. ALPR data may be shared only with other law enforcement agencies. The approved request is retained on file.", "sharing");
    expect(r.status).toBe("addressed");
  });

  it.each([
    ["See Policy 804 – Records Retention, which keeps data 60 days."],
    ["For retention of ALPR data, see Policy 804 – Records Retention."],
    ["ALPR data will be retained and destroyed as provided in the Records Retention Policy 804."],
  ])("does not credit a cross-reference: %s", async (text) => {
    const r = await check(text, "retention");
    expect(r.status).toBe("missing");
    expect(r.reasons).toContainEqual(expect.stringMatching(/only refers to .*(Policy 804|Records Retention)/));
  });

  it("credits what a sentence states even when it also points elsewhere for details", async () => {
    const r = await check("ALPR data is retained for 30 days and then purged, as described in SOP 205.", "retention");
    expect(r.status).toBe("addressed");
  });

  it("does not credit a list the ALPR Administrator 'shall develop' (the Lexipol delegation)", async () => {
    const policy = [
      "## 429.2.1 ALPR ADMINISTRATOR",
      "The Support Services Bureau Captain shall be responsible for developing guidelines and procedures to comply with the requirements of Civil Code § 1798.90.5 et seq. This includes, but is not limited to:",
      "(a) A description of the job title or other designation of the members who are authorized to use or access the ALPR system.",
      "(b) Training requirements for authorized users.",
      "(c) A description of how the ALPR system will be monitored to ensure the security of the information and compliance with applicable privacy laws.",
    ].join("\n\n");
    const monitoring = await check(policy, "monitoring");
    expect(monitoring.status).toBe("missing");
    expect(monitoring.reasons).toContainEqual(expect.stringContaining("only assigns someone to develop it (§ 429.2.1(c) line 11)"));
    // The official made responsible is still named.
    expect((await check(policy, "custodian")).status).toBe("addressed");
  });

  it("does not credit statute text quoted in a block quotation", async () => {
    const r = await check("> The length of time ALPR information will be retained, and the process to determine if and when to destroy it: 60 days, then purged.", "retention");
    expect(r.status).toBe("missing");
    expect(r.reasons).toContainEqual(expect.stringContaining("quotes the law"));
  });

  it("does not credit training topics as statements of the element", async () => {
    const r = await check("Operators shall complete training, which shall include the following:\n\n- The authorized purposes for operating the ALPR system\n- How to log in", "authorized-purposes");
    expect(r.status).toBe("missing");
    expect(r.reasons).toContainEqual(expect.stringContaining("only lists it as a topic of training"));
  });
});

describe("statements about other records", () => {
  it.each([
    ["Video footage is held for 30 days, then it is automatically deleted.", "video footage"],
    ["Audit records will be retained for two years and then destroyed.", "audit records"],
    ["The approved request is retained on file for 2 years.", "request"],
  ])("do not state how long ALPR data are kept: %s", async (text, other) => {
    const r = await check(text, "retention");
    expect(r.reasons[0]).toBe("nothing in the policy states how long ALPR data are kept");
    expect(r.reasons).toContainEqual(expect.stringContaining(`is about ${other}, not the data this element covers`));
  });

  it("still count when the sentence is about ALPR data", async () => {
    expect((await check("ALPR data, including video footage, is held for 30 days, then it is automatically deleted.", "retention")).status).toBe("addressed");
  });
});

describe("vague stand-ins", () => {
  it("reads 'members' as no job title: users and training are partial, not missing", async () => {
    const r = await check("Members approved to access ALPR data may use it for legitimate law enforcement purposes only. No member shall operate ALPR equipment without first completing department-approved training.", "authorized-users");
    expect(r.status).toBe("partial");
    expect(r.reasons[0]).toMatch(/^"members" is not a job title or other designation/);
  });

  it("credits job titles", async () => {
    const r = await check("Sergeants and crime analysts are authorized to access ALPR data. Each user must complete department-approved training before accessing the system.", "authorized-users");
    expect(r.status).toBe("addressed");
  });

  it("reads 'a senior officer' as no title", async () => {
    const r = await check("The agency shall assign a senior officer who will be responsible for managing the ALPR data.", "custodian");
    expect(r.status).toBe("partial");
    expect(r.reasons).toContainEqual(expect.stringMatching(/"a senior officer" is not a title/));
  });
});

describe("the access record (§ 1798.90.52(a))", () => {
  it("is partial with only name, date and time, and names the missing parts", async () => {
    const r = await check("(a) All ALPR data shall be accessible only through a login/password-protected system capable of documenting all access of information by name, date and time.", "access-record");
    expect(r.status).toBe("partial");
    expect(r.reasons.at(-1)).toBe("its parts: addressed (1), (3); missing (2), (4)");
  });

  it("is addressed with all four items listed under the record", async () => {
    const r = await check(
      "Access to ALPR data is logged. Audit reports contain, at a minimum:\n\n- The name of the user;\n- The date and time of access;\n- The specific data query submitted;\n- The justification for access and a case number.",
      "access-record",
    );
    expect(r.status).toBe("addressed");
  });

  it("does not count items listed for something else (a sharing request) as fields of the access record", async () => {
    const r = await check(
      "Access to ALPR data is logged by the system.\n\n## Releasing data\n\nThe agency makes a written request for the ALPR data that includes:\n\n1. The name of the person requesting.\n2. The intended purpose and case number.",
      "access-record-purpose",
    );
    expect(r.status).toBe("missing");
    expect(r.reasons).toContainEqual(expect.stringMatching(/is not about the record of every access to alpr data/));
  });
});

describe("parents", () => {
  it("derive their status from their children", async () => {
    const doc = await readPolicyDocument({ format: "markdown", content: "ALPR data may only be used for official law enforcement purposes." });
    const { results, summary } = checkPolicy(doc, operator.requirements);
    const parent = results.find((r) => r.requirementId === "policy-elements")!;
    expect(parent.status).toBe("partial");
    expect(parent.reasons.at(-1)).toMatch(/^its parts: addressed \(A\); missing \(B\), \(C\), \(D\), \(E\), \(F\), \(G\)$/);
    expect(summary.addressed + summary.partial + summary.missing).toBe(results.length);
  });

  it("only checks the kinds asked for", async () => {
    const doc = await readPolicyDocument({ format: "markdown", content: "ALPR data may only be used for official law enforcement purposes." });
    const { results } = checkPolicy(doc, operator.requirements, { kinds: ["policy-element"] });
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(["policy-element"]));
  });
});

describe("several checklists", () => {
  it("check one parsed document against each, independently", async () => {
    const doc = await readPolicyDocument({ format: "markdown", content: "ALPR system audits are conducted on a regular basis by the Professional Standards Lieutenant." });
    const endUser = await checklist("ca-alpr-end-user");
    const operatorC = checkPolicy(doc, operator.requirements).results.find((r) => r.requirementId === "monitoring")!;
    const endUserC = checkPolicy(doc, endUser.requirements).results.find((r) => r.requirementId === "monitoring")!;
    // The end-user element also needs a process for periodic audits: who audits is not enough.
    expect([operatorC.status, endUserC.status]).toEqual(["addressed", "partial"]);
  });
});

describe("one parse", () => {
  it("reads the parsed units, never the source text again", async () => {
    const doc = await readPolicyDocument({ format: "markdown", content: "ALPR data is retained for 60 days, then purged." });
    const again = checkPolicy({ ...doc, text: "" }, operator.requirements);
    expect(again.results.find((r) => r.requirementId === "retention")!.status).toBe("addressed");
  });
});
