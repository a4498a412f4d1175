/**
 * Realistic data for the registry templates, drawn from report 2019-118
 * (Automated License Plate Readers) and its Fresno Police Department findings.
 */
import type {
  AuditSummaryData, ComplianceLetterData, FindingLetterData, FollowUpReminderData, SharingJustificationLetterData,
} from "../../../src/documents/templates/data.schema.js";

export const G_TEXT =
  "(G) The length of time ALPR information will be retained, and the process the ALPR operator will utilize to determine if and when to destroy retained ALPR information.";
export const SHARING_TEXT =
  "(b) A public agency shall not sell, share, or transfer ALPR information, except to another public agency, and only as otherwise permitted by law. For purposes of this section, the provision of data hosting or towing services shall not be considered the sale, sharing, or transferring of ALPR information.";

export const sender = {
  office: "California State Auditor",
  addressLines: ["621 Capitol Mall, Suite 1200", "Sacramento, CA 95814"],
  signer: "Elaine M. Howle, CPA",
  signerTitle: "California State Auditor",
  phone: "916.445.0255",
  website: "www.auditor.ca.gov",
};

export const fresno = {
  name: "Fresno Police Department",
  attention: "Andrew Hall, Chief of Police",
  salutation: "Chief Hall",
  addressLines: ["2323 Mariposa Street", "Fresno, CA 93721"],
};

export function findingLetter(): FindingLetterData {
  return {
    sender,
    date: "2020-02-13",
    agency: fresno,
    audit: { reportNumber: "2019-118", title: "Automated License Plate Readers: To Better Protect Individuals' Privacy, Law Enforcement Must Increase Its Safeguards for the Data It Collects", releaseDate: "2020-02-13" },
    findings: [
      {
        title: "Fresno's ALPR policy does not specify how long it retains ALPR images",
        criteria: [{ citation: "Civil Code section 1798.90.51, subd. (b)(2)(G)", text: G_TEXT }],
        condition: "Fresno's ALPR policy does not state how long the department retains ALPR images or the process it uses to destroy them.",
        cause: "The department adopted its vendor's template policy without tailoring it to state law.",
        effect: "Without a defined retention period, the department may keep images of vehicles not associated with any crime indefinitely.",
      },
    ],
    recommendations: [
      { number: 7, text: "Fresno should update its ALPR policy to specify the length of time it will retain ALPR images and the process for destroying them." },
      { number: 9, text: "Fresno should establish a retention period that reflects how long ALPR images are useful to investigations." },
    ],
    dueDates: { "60-day": "2020-04-13", "6-month": "2020-08-13", "1-year": "2021-02-13" },
  };
}

export function complianceLetter(): ComplianceLetterData {
  return {
    sender,
    date: "2020-02-14",
    agency: fresno,
    policy: { title: "Policy 462: Automated License Plate Readers", checkedOn: "2020-02-10" },
    checklist: { title: "ALPR operator usage and privacy policy (SB 34)", citation: "Civil Code section 1798.90.51(b)" },
    elements: [
      {
        requirement: "Retention period and destruction process",
        status: "missing",
        citation: "Civil Code section 1798.90.51(b)(2)(G)",
        text: G_TEXT,
        reasons: ["No section of the policy states a retention period.", "The policy does not describe how ALPR data are destroyed."],
      },
      {
        requirement: "Restrictions on sale, sharing, or transfer",
        status: "partial",
        citation: "Civil Code section 1798.90.51(b)(2)(D)",
        text: "(D) The restrictions on, and process for, the sale, sharing, or transfer of ALPR information to other persons.",
        reasons: [],
      },
    ],
    respondWithinBusinessDays: 10,
  };
}

export function sharingLetter(): SharingJustificationLetterData {
  return {
    sender,
    date: "2020-03-02",
    recipient: { name: "Tulare County Sheriff's Office", addressLines: ["2404 West Burrel Avenue", "Visalia, CA 93291"] },
    sharingAgency: "Fresno Police Department",
    audit: { reportNumber: "2019-118", title: "Automated License Plate Readers" },
    recipientCount: 1119,
    statute: { citation: "Civil Code section 1798.90.55(b)", text: SHARING_TEXT },
    respondBy: "2020-04-01",
    contact: { name: "Jordan Lee, Audit Principal", email: "alpr@auditor.ca.gov" },
  };
}

export function followUpReminder(): FollowUpReminderData {
  return {
    sender,
    date: "2020-09-01",
    agency: fresno,
    audit: { reportNumber: "2019-118", title: "Automated License Plate Readers", releaseDate: "2020-02-13" },
    overdue: [
      { number: 7, text: "Update the ALPR policy to specify the retention period.", stage: "6-month", dueDate: "2020-08-13", lastStatus: "Pending", lastResponseDate: "2020-04-13" },
      { number: 9, text: "Establish a retention period.", stage: "60-day", dueDate: "2020-04-13" },
    ],
    respondBy: "2020-09-15",
  };
}

export function auditSummary(): AuditSummaryData {
  return {
    date: "2021-03-01",
    office: "California State Auditor",
    audit: { reportNumber: "2019-118", title: "Automated License Plate Readers", releaseDate: "2020-02-13" },
    findings: [
      { number: 1, title: "Policy omits retention period", agency: "Fresno Police Department", requirement: "Retention period", citation: "Civil Code section 1798.90.51(b)(2)(G)" },
      { number: 2, title: "Shares data with 1,119 entities", agency: "Fresno Police Department", requirement: "Sharing only with public agencies", citation: "Civil Code section 1798.90.55(b)" },
      { number: 3, title: "Policy omits retention period", agency: "Los Angeles Police Department", requirement: "Retention period", citation: "Civil Code section 1798.90.51(b)(2)(G)" },
    ],
    byAgency: [
      { agency: "Fresno Police Department", findings: 2 },
      { agency: "Los Angeles Police Department", findings: 1 },
    ],
    byRequirement: [
      { requirement: "Retention period", citation: "Civil Code section 1798.90.51(b)(2)(G)", findings: 2 },
      { requirement: "Sharing only with public agencies", citation: "Civil Code section 1798.90.55(b)", findings: 1 },
    ],
    recommendationsByStatus: [
      { status: "Fully Implemented", recommendations: [{ number: 7, agency: "Fresno Police Department", text: "Update the ALPR policy to specify the retention period." }] },
      { status: "Pending", recommendations: [{ number: 9, agency: "Los Angeles Police Department", text: "Establish a retention period." }] },
    ],
  };
}
