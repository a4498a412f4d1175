/**
 * The model policy's words, by checklist and requirement: placeholder prose
 * that *states* each element (an agency fills in the [BRACKETS]), never just
 * names it. Plain data so it can move into a Handlebars template under
 * `templates/` unchanged. Every sentence is written to be found by the
 * checklist's own detection concepts; `template.test.ts` checks that.
 */

export interface SectionProse {
  paragraphs: string[];
  /** A list after the paragraphs, e.g. the fields of a record. */
  items?: string[];
}

const SECURITY: SectionProse = {
  paragraphs: [
    "[AGENCY NAME] protects ALPR data from unauthorized access, use, disclosure, modification and destruction with operational, administrative, technical and physical safeguards.",
    "Access to the ALPR system requires a unique login and password [and multi-factor authentication]. Permissions are role-based, ALPR data is encrypted in transit and at rest, and the accounts of users who leave or change assignment are deactivated within [NUMBER] days. [Vendor or hosting safeguards, e.g. CJIS Security Policy compliance.]",
  ],
};

const PURPOSES: SectionProse = {
  paragraphs: [
    "ALPR data may be used only for official law enforcement purposes: [LIST, e.g. locating stolen or wanted vehicles and stolen license plates, persons subject to an arrest warrant, missing persons and the subjects of AMBER Alerts, and vehicles connected to a specific criminal investigation].",
    "ALPR data shall not be used for [PROHIBITED USES, e.g. immigration enforcement, monitoring activity protected by the First Amendment, or any personal purpose].",
  ],
};

const USERS: SectionProse = {
  paragraphs: [
    "[Sworn officers, crime analysts and records technicians] are authorized to use or access the ALPR system and ALPR data. [Independent contractors, e.g. vendor support technicians] are authorized to access it only [CONDITIONS].",
    "Before using or accessing the system, each authorized user must complete [department-approved ALPR training, e.g. a POST-certified course] covering the authorized purposes, privacy and security rules of this policy, and must complete refresher training every [NUMBER] months. The [TITLE] keeps the training records.",
  ],
};

const SHARING: SectionProse = {
  paragraphs: [
    "ALPR data may be shared only with other California law enforcement or prosecutorial agencies for official law enforcement purposes, and only as permitted by law. ALPR data is never sold.",
    "Each request for ALPR data must be made in writing and name the requesting agency, the person requesting and the intended purpose. The request is reviewed and approved by the [TITLE] before any data is released, and the approved request is retained on file for [NUMBER] years.",
  ],
};

const CUSTODIAN: SectionProse = {
  paragraphs: [
    "The [Support Services Bureau Captain] is the official custodian of the ALPR system and the ALPR Administrator, responsible for implementing this policy and Civil Code §§ 1798.90.5–1798.90.55.",
  ],
};

const ACCURACY: SectionProse = {
  paragraphs: [
    "Before taking enforcement action on an ALPR alert, the officer visually confirms that the plate read matches the plate image and verifies the hit through CLETS or NCIC.",
    "Errors found in ALPR data or in a hot list are reported to the [TITLE], who corrects or deletes the erroneous data within [NUMBER] days. [Hot-list update schedule.]",
  ],
};

const RETENTION: SectionProse = {
  paragraphs: [
    "ALPR data is retained for [NUMBER] days from the date of collection, after which it is automatically purged unless it has become, or is reasonably expected to become, evidence in a criminal or civil action or is subject to a lawful hold. Such data is downloaded, booked into evidence and kept until the matter is resolved.",
  ],
};

const POLICY: SectionProse = {
  paragraphs: [
    "This ALPR usage and privacy policy governs the [collection, use, maintenance, sharing and dissemination] of ALPR information consistent with respect for individuals' privacy and civil liberties.",
    "It is available to the public in writing on request and is posted conspicuously on the [AGENCY NAME] website at [WEB ADDRESS].",
  ],
};

const OPERATOR: Record<string, SectionProse> = {
  security: SECURITY,
  "usage-privacy-policy": POLICY,
  "authorized-purposes": PURPOSES,
  "authorized-users": USERS,
  monitoring: {
    paragraphs: [
      "The [TITLE, e.g. Professional Standards Unit Lieutenant] audits a sample of ALPR searches and access logs every [NUMBER] months to ensure the security of the information and compliance with applicable privacy laws, and reports the results to the [TITLE, e.g. Chief of Police].",
    ],
  },
  sharing: SHARING,
  custodian: CUSTODIAN,
  accuracy: ACCURACY,
  retention: RETENTION,
  "access-record": {
    paragraphs: ["The ALPR system keeps an audit trail: a record of every access to ALPR data. Each access record includes:"],
    items: [
      "the date and time the information is accessed;",
      "the license plate number or other data elements used to query the system (the specific data query submitted);",
      "the username of the person who accesses the information and, as applicable, the organization or entity the person is affiliated with;",
      "the purpose for accessing the information, with a case or incident number.",
    ],
  },
  "authorized-use-only": {
    paragraphs: ["ALPR data shall be used only for the authorized purposes described in this policy; using it for any other purpose is prohibited and may result in discipline."],
  },
  "sharing-public-agencies-only": {
    paragraphs: [
      "ALPR data is shared or transferred only with another public agency, and only as otherwise permitted by law; it is never sold. Data hosting and towing services are not a sale, sharing or transfer.",
    ],
  },
};

const END_USER: Record<string, SectionProse> = {
  ...OPERATOR,
  "usage-privacy-policy": { paragraphs: [POLICY.paragraphs[0]!.replace("[collection, use, maintenance, sharing and dissemination]", "[access, use, sharing and dissemination]"), POLICY.paragraphs[1]!] },
  monitoring: {
    paragraphs: [
      "The [TITLE, e.g. Professional Standards Unit Lieutenant] audits a sample of users' ALPR searches and access logs every [NUMBER] months to ensure the security of the information accessed or used and compliance with all applicable privacy laws, and reports the results to the [TITLE, e.g. Chief of Police]. These audits are the agency's process for periodic system audits.",
    ],
  },
};

const BODY_WORN: Record<string, SectionProse> = {
  "consider-best-practices": { paragraphs: ["This body-worn camera policy sets out how body-worn camera data is downloaded and stored, following the best practices of Penal Code § 832.18."] },
  "download-responsibility": {
    paragraphs: [
      "Each officer is responsible for downloading the recordings from [his or her] body-worn camera [or: recordings upload automatically when the camera is docked].",
      "After a use of force, an officer-involved shooting or another serious incident, the officer's supervisor takes immediate physical custody of the camera and is responsible for downloading the data.",
    ],
  },
  "download-timing": { paragraphs: ["Officers download recordings by the end of each shift [or within NUMBER hours], so data reach the system in a timely manner, cameras are ready for the next use, and videos can be tagged."] },
  "tamper-prevention": {
    paragraphs: [
      "Officers shall not edit, alter, erase, copy or delete any recording. The system keeps an audit trail of every view, copy, export and deletion, and only the [TITLE] may delete recordings at the end of their retention period.",
      "Unauthorized use, duplication or distribution of body-worn camera data is prohibited.",
    ],
  },
  "categorize-tag": { paragraphs: ["At the time of download, officers tag each video with its category [CATEGORIES, e.g. arrest, traffic stop, use of force, non-evidentiary] and the case or incident number."] },
  "retention-period": { paragraphs: ["Recordings are retained for [NUMBER] days, by category, as follows: [RETENTION SCHEDULE BY CATEGORY]."] },
  "nonevidentiary-retention": {
    paragraphs: ["Non-evidentiary recordings are retained for a minimum of 60 days, after which they may be erased, destroyed or recycled; they may be kept longer to be available in case of a citizen complaint."],
  },
};

/** Prose by checklist id, then requirement id. */
export const SECTION_PROSE: Record<string, Record<string, SectionProse>> = {
  "ca-alpr-operator": OPERATOR,
  "ca-alpr-end-user": END_USER,
  "ca-body-worn-cameras": BODY_WORN,
};
