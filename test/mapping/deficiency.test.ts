/** Whether a passage reads as a finding of something wrong, and of what kind. */
import { describe, expect, it } from "vitest";
import { detectDeficiency } from "../../src/mapping/mapping.deficiency.js";

describe("detectDeficiency", () => {
  it.each([
    ["None of the agencies had audited searches of the ALPR images by their staff.", "none of the"],
    ["The department did not audit searches.", "did not audit"],
    ["The county never purged old reads.", "never purged"],
    ["The sheriff failed to post the policy online.", "failed to post"],
    ["Data was retained indefinitely.", "indefinitely"],
    ["The county kept plate scans for five years.", "kept for five years"],
    ["The department shared its plate data with ICE.", "shared with federal immigration authorities"],
    ["Plate reads were searchable by police in Texas.", "shared with an agency outside California"],
    ["An officer used the database to track his ex-girlfriend.", "used to track his ex-girlfriend"],
    ["Hackers breached the vendor's network.", "breached"],
    ["Officers ran searches without a case number.", "without case"],
    ["The department violated SB 34.", "says the law was broken"],
    ["Fresno should post its revised policy on its website.", "recommends that it post"],
    ["The policy does not say how long data is kept.", "does not say"],
  ])("finds a deficiency in %j (cue %j)", (text, cue) => {
    const d = detectDeficiency(text);
    expect(d.describesDeficiency).toBe(true);
    expect(d.cues).toContain(cue);
  });

  it.each([
    "ALPR cameras read plates of passing vehicles and compare them to hot lists.",
    "The department's policy states that ALPR data is retained for 60 days and then purged.",
    "ALPR data will not be shared with out-of-state or federal agencies, or with any private entity.",
    "Department members shall not use, or allow others to use the equipment or database records for any unauthorized purpose.",
    "The sheriff's office said it has never shared data with ICE.",
    "The department has never had a data breach, officials said.",
    "The department audits searches monthly and has found no misuse.",
    "Reasonable suspicion or probable cause is not required before using an ALPR.",
    "Importantly, the definition of \"public agency\" is limited to state or local agencies, and does not include out-of-state or federal law enforcement agencies.",
    "The bill would prohibit a public agency from retaining ALPR information for more than 60 days if it does not match information on a hot list.",
    "Critics worry the data could be misused to track immigrants.",
    "Immigration enforcement is not an authorized use under the department's policy.",
    "Data is purged two years after collection.",
    "The Sheriff's Office scanned 1.7 million plates in one week.",
  ])("finds none in %j", (text) => {
    expect(detectDeficiency(text)).toMatchObject({ describesDeficiency: false });
  });

  it("tells what the policy lacks from what the agency did", () => {
    expect(detectDeficiency("The policy does not identify which job titles may access the system.")).toMatchObject({ policyGap: true, noPolicy: false });
    expect(detectDeficiency("The department had no written ALPR policy at all.")).toMatchObject({ noPolicy: true, policyGap: false });
    expect(detectDeficiency("The sheriff shared plate data with a private company.")).toMatchObject({ practice: true, prohibitedPractice: "sharing with a private entity" });
    expect(detectDeficiency("A detective ran his daughter's boyfriend's plate to find out where he lived.")).toMatchObject({ misuse: true, topics: ["@misuse"] });
  });

  it("recognizes a finding about the policy as a whole", () => {
    expect(detectDeficiency("The usage and privacy policy lacked most of the required elements.").wholePolicy).toBe(true);
    expect(detectDeficiency("The policy lacks a retention period.").wholePolicy).toBe(false);
  });

  it("does not split sentences at abbreviations", () => {
    expect(detectDeficiency("The department shared plate data with U.S. Immigration and Customs Enforcement.").prohibitedPractice).toBe("sharing with federal immigration authorities");
  });
});
