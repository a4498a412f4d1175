/** One finding letter as the templates produce it, shared by the renderer tests. */
import type { Letterhead } from "../../../src/documents/render/types.js";

export const letterhead: Letterhead = {
  office: "California State Auditor",
  addressLines: ["621 Capitol Mall, Suite 1200", "Sacramento, CA 95814"],
  phone: "916.445.0255",
  website: "https://www.auditor.ca.gov",
  logoText: "CSA",
};

export const STATUTE =
  "The length of time ALPR information will be retained, and the process the ALPR operator will utilize to determine if and when to destroy retained ALPR information.";
export const CITATION = "Cal. Civ. Code § 1798.90.51(b)(2)(G)";

export const sampleLetter = `February 13, 2020

Chief Jane Q. Public\\
Fresno Police Department\\
2323 Mariposa Street\\
Fresno, CA 93721

**Re: Automated License Plate Recognition Systems — Report 2019-118**

Dear Chief Public:

The Joint Legislative Audit Committee asked us to review how local law enforcement agencies use *automated license plate recognition* (ALPR) systems. This letter sets out our findings & the steps we ask you to take.

## Finding 1: The ALPR policy omits required retention elements

State law requires each ALPR operator's usage and privacy policy to include:

> ${STATUTE}
>
> — *${CITATION}*

Your department's policy does **not** state a retention period, and it ~~describes~~ does not describe how records are destroyed.

## Finding 2: The department does not audit searches

Staff searched the ALPR database without recording a \`reason code\`. We recommend that the department:

1. Record the purpose of every search.
2. Review a sample of searches each month.
   - Document the review.
   - Report exceptions to the chief.

## Recommendations

| No. | Recommendation | Due date |
|:---:|----------------|---------:|
| 1 | Revise the ALPR policy to state the retention period | August 13, 2020 |
| 2 | Begin monthly audits of ALPR searches | February 13, 2021 |
| 3 | Train all ALPR users on the revised policy | February 13, 2021 |

Please send your response to [oversight@auditor.ca.gov](mailto:oversight@auditor.ca.gov) within 60 days.

---

Respectfully submitted,

*Elaine M. Howle*\\
California State Auditor
`;

/** Hostile additions: none of these may survive into any output. */
export const hostile = `

<script>alert("pwned")</script>

<img src="x" onerror="alert(1)">

A [harmless looking link](javascript:alert(document.cookie)) and <span onclick="evil()">inline html</span>.
`;

/** Words every format must carry, in reading order. */
export const keyContent = [
  "California State Auditor",
  "February 13, 2020",
  "Fresno Police Department",
  "Re: Automated License Plate Recognition Systems — Report 2019-118",
  "Finding 1: The ALPR policy omits required retention elements",
  STATUTE,
  CITATION,
  "Finding 2: The department does not audit searches",
  "Review a sample of searches each month.",
  "Revise the ALPR policy to state the retention period",
  "August 13, 2020",
  "Train all ALPR users on the revised policy",
  "findings & the steps",
  "Respectfully submitted,",
  "Elaine M. Howle",
];

/** Text a reader would see, whitespace collapsed, so wrapped lines compare equal. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
