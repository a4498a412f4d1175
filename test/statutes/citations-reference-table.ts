/**
 * Real citation strings copied verbatim from /work/shared/reference/, with the
 * file each came from, the canonical form(s) expected and, where the writer
 * relied on context ("§ 1804" in an Arkansas passage), the code in force.
 * A test checks every string still occurs in its file.
 */
export type ReferenceCase = {
  file: string;
  text: string;
  /** Canonical forms, one per citation the string yields. */
  canonical: string[];
  /** Code in force from the surrounding passage (parseCitation's defaultCode). */
  context?: string;
  /** Expected structure of the first citation (subset). */
  first?: { code?: string; section?: string; path?: string[]; rangeEnd?: { section: string; path: string[] }; jurisdiction?: string };
};

const CA_REL = "statutes_ca/CA_related_statutes_VC2413_breach_GovCode7070_PC832-18.txt";
const CIV = "statutes_ca/civ_1798.90.5-55_SB34_ALPR.txt";
const AR = "other_jurisdictions/AR_Code_12-12-1801_to_1808_ALPR_Act.txt";
const MD = "other_jurisdictions/MD_PublicSafety_3-509_GP_4-326_ALPR.txt";
const MN = "other_jurisdictions/MN_Stat_13.824_ALPR.txt";
const NH = "other_jurisdictions/NH_RSA_261-75b_LPR.txt";
const UT = "other_jurisdictions/UT_Code_41-6a-2001_to_2006_ALPR.txt";
const VT = "other_jurisdictions/VT_23VSA_1607-1608_ALPR.txt";
const IL = "other_jurisdictions/IL_ALPR_2023_law_and_SoS_2025_audit.txt";

export const REFERENCE_CASES: ReferenceCase[] = [
  // California: related statutes file
  { file: CA_REL, text: "VEHICLE CODE § 2413", canonical: ["Cal. Veh. Code § 2413"], first: { code: "veh", section: "2413", path: [] } },
  { file: CA_REL, text: "subdivision (b) of Section 10901", context: "veh", canonical: ["Cal. Veh. Code § 10901(b)"], first: { code: "veh", section: "10901", path: ["b"] } },
  { file: CA_REL, text: "CIVIL CODE §§ 1798.29 / 1798.82", canonical: ["Cal. Civ. Code § 1798.29", "Cal. Civ. Code § 1798.82"] },
  { file: CA_REL, text: "Section 1798.90.5", canonical: ["Cal. Civ. Code § 1798.90.5"] },
  { file: CA_REL, text: "GOVERNMENT CODE §§ 7070-7075", canonical: ["Cal. Gov. Code §§ 7070–7075"], first: { code: "gov", section: "7070", rangeEnd: { section: "7075", path: [] } } },
  { file: CA_REL, text: "Gov. Code 7070(d)(1)-(6)", canonical: ["Cal. Gov. Code § 7070(d)(1)–(6)"], first: { section: "7070", path: ["d", "1"], rangeEnd: { section: "7070", path: ["d", "6"] } } },
  { file: CA_REL, text: "Gov. Code, § 7070, subd. (d)(1)-(6)", canonical: ["Cal. Gov. Code § 7070(d)(1)–(6)"] },
  { file: CA_REL, text: "Gov. Code § 7070, subd. (d)", canonical: ["Cal. Gov. Code § 7070(d)"], first: { path: ["d"] } },
  { file: CA_REL, text: "Gov. Code §§ 7071, subd. (b), (d)(2); 7072, subd. (a); 7073, subd. (c)(1)", canonical: ["Cal. Gov. Code § 7071(b)", "Cal. Gov. Code § 7071(d)(2)", "Cal. Gov. Code § 7072(a)", "Cal. Gov. Code § 7073(c)(1)"] },
  { file: CA_REL, text: "§ 7072(a)-(b)", context: "gov", canonical: ["Cal. Gov. Code § 7072(a)–(b)"] },
  { file: CA_REL, text: "§ 7070(c)", context: "gov", canonical: ["Cal. Gov. Code § 7070(c)"] },
  { file: CA_REL, text: "Section 2576a of Title 10 of the United States Code", canonical: ["10 U.S.C. § 2576a"], first: { jurisdiction: "US", code: "usc-10", section: "2576a" } },
  { file: CA_REL, text: "PENAL CODE § 832.18", canonical: ["Cal. Penal Code § 832.18"], first: { code: "pen", section: "832.18" } },
  // California: Civil Code ALPR title
  { file: CIV, text: "Sections 1798.90.5 - 1798.90.55", canonical: ["Cal. Civ. Code §§ 1798.90.5–1798.90.55"] },
  { file: CIV, text: "Section 31490 of the Streets and Highways Code", canonical: ["Cal. Sts. & High. Code § 31490"], first: { code: "sts-hwys" } },
  { file: CIV, text: "Sections 6801 to 6809, inclusive, of Title 15 of the United States Code", canonical: ["15 U.S.C. §§ 6801–6809"], first: { code: "usc-15", section: "6801", rangeEnd: { section: "6809", path: [] } } },
  { file: CIV, text: "Section 2721 of Title 18 of the United States Code", canonical: ["18 U.S.C. § 2721"], first: { code: "usc-18", section: "2721" } },
  { file: CIV, text: "subdivision (b) of Section 1798.90.51", canonical: ["Cal. Civ. Code § 1798.90.51(b)"], first: { path: ["b"] } },
  { file: CIV, text: "§ 1798.90.52", canonical: ["Cal. Civ. Code § 1798.90.52"] },
  { file: CIV, text: "Civil Code 1798.29 and 1798.82", canonical: ["Cal. Civ. Code § 1798.29", "Cal. Civ. Code § 1798.82"] },
  { file: CIV, text: "Gov. Code 15009", canonical: ["Cal. Gov. Code § 15009"] },
  // Legislation follow-up
  { file: "legislation_followup/AG_bulletin_2023-DLE-06.txt", text: "Civ. Code, § 1798.90.5, subd. (f)", canonical: ["Cal. Civ. Code § 1798.90.5(f)"], first: { section: "1798.90.5", path: ["f"] } },
  { file: "legislation_followup/AB1076_2021_Kiley_DOJ_model_policy.txt", text: "Section 1798.90.5 of the Civil Code", canonical: ["Cal. Civ. Code § 1798.90.5"] },
  { file: "legislation_followup/AB1463_2023_Lowenthal.txt", text: "Sections 1798.90.5, 1798.90.51, 1798.90.52, 1798.90.53, and 1798.90.55", canonical: ["Cal. Civ. Code § 1798.90.5", "Cal. Civ. Code § 1798.90.51", "Cal. Civ. Code § 1798.90.52", "Cal. Civ. Code § 1798.90.53", "Cal. Civ. Code § 1798.90.55"] },
  { file: "legislation_followup/AB1463_2023_Lowenthal.txt", text: "CIVIL CODE 1798.90.51", canonical: ["Cal. Civ. Code § 1798.90.51"] },
  { file: "legislation_followup/AB1463_2023_Lowenthal.txt", text: "1798.90.51(a)", canonical: ["Cal. Civ. Code § 1798.90.51(a)"] },
  { file: "legislation_followup/AB2192_2022_Ramos_sharing.txt", text: "Section 1798.90.55 of the Civil Code", canonical: ["Cal. Civ. Code § 1798.90.55"] },
  { file: "legislation_followup/AB2192_2022_Ramos_sharing.txt", text: "1798.90.5(f)", canonical: ["Cal. Civ. Code § 1798.90.5(f)"] },
  { file: "legislation_followup/SB34_2015_legislative_history.txt", text: "Civ. Code 1798.90.5-.55", canonical: ["Cal. Civ. Code §§ 1798.90.5–1798.90.55"], first: { section: "1798.90.5", rangeEnd: { section: "1798.90.55", path: [] } } },
  { file: "legislation_followup/SB210_2021_Wiener.txt", text: "1798.90.56/1798.90.57", canonical: ["Cal. Civ. Code § 1798.90.56", "Cal. Civ. Code § 1798.90.57"] },
  { file: "legislation_followup/SB274_2025_Cervantes_vetoed.txt", text: "Sections 1798.90.51, 1798.90.53, and 1798.90.54", canonical: ["Cal. Civ. Code § 1798.90.51", "Cal. Civ. Code § 1798.90.53", "Cal. Civ. Code § 1798.90.54"] },
  // State Auditor report 2019-118
  { file: "audit_2019-118/03_audit_results_chapter_opening.txt", text: "Civ. Code 1798.90.51(b)(2)/1798.90.53(b)(2)", canonical: ["Cal. Civ. Code § 1798.90.51(b)(2)", "Cal. Civ. Code § 1798.90.53(b)(2)"] },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "California Government Code section 34090.6", canonical: ["Cal. Gov. Code § 34090.6"] },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "Government Code section 34090.6", canonical: ["Cal. Gov. Code § 34090.6"] },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "California Government Code section 34090", canonical: ["Cal. Gov. Code § 34090"] },
  // Arkansas
  { file: AR, text: "Ark. Code Ann. §§ 12-12-1801 to -1808", canonical: ["Ark. Code Ann. §§ 12-12-1801–12-12-1808"], first: { jurisdiction: "AR", code: "ark-code", section: "12-12-1801", rangeEnd: { section: "12-12-1808", path: [] } } },
  { file: AR, text: "§ 12-12-1803(b)(1)", context: "ark-code", canonical: ["Ark. Code Ann. § 12-12-1803(b)(1)"] },
  { file: AR, text: "§ 25-16-705(a)", context: "ark-code", canonical: ["Ark. Code Ann. § 25-16-705(a)"] },
  { file: AR, text: "§ 12-12-1804(b)", context: "ark-code", canonical: ["Ark. Code Ann. § 12-12-1804(b)"] },
  { file: AR, text: "Cal. Civ. Code 1798.90.5 et seq.", canonical: ["Cal. Civ. Code § 1798.90.5 et seq."] },
  // Illinois
  { file: IL, text: "625 ILCS 5/2-130", canonical: ["625 Ill. Comp. Stat. 5/2-130"], first: { jurisdiction: "IL", code: "ilcs", section: "5/2-130" } },
  { file: IL, text: "1798.90.55(b)", canonical: ["Cal. Civ. Code § 1798.90.55(b)"] },
  // Maryland
  { file: MD, text: "Public Safety Article § 3-509", canonical: ["Md. Code Ann., Pub. Safety § 3-509"], first: { jurisdiction: "MD", code: "md-pub-safety", section: "3-509" } },
  { file: MD, text: "General Provisions Article § 4-326", canonical: ["Md. Code Ann., Gen. Provis. § 4-326"] },
  { file: MD, text: "GP § 4-326", canonical: ["Md. Code Ann., Gen. Provis. § 4-326"] },
  { file: MD, text: "PS § 3-509", canonical: ["Md. Code Ann., Pub. Safety § 3-509"] },
  { file: MD, text: "§ 3-509 of the Public Safety Article", canonical: ["Md. Code Ann., Pub. Safety § 3-509"] },
  { file: MD, text: "Maryland Annotated Code, Sections 3-509 and 4-326", canonical: ["Md. Code Ann. § 3-509", "Md. Code Ann. § 4-326"] },
  { file: MD, text: "Maryland Annotated Code Section 4-326", canonical: ["Md. Code Ann. § 4-326"] },
  { file: MD, text: "§ 3-509.1", context: "md-pub-safety", canonical: ["Md. Code Ann., Pub. Safety § 3-509.1"] },
  // Minnesota
  { file: MN, text: "MINNESOTA STATUTES § 13.824", canonical: ["Minn. Stat. § 13.824"], first: { jurisdiction: "MN", code: "minn-stat", section: "13.824", path: [] } },
  { file: MN, text: "section 13.82, subdivision 2, 3, or 6", context: "minn-stat", canonical: ["Minn. Stat. § 13.82, subd. 2", "Minn. Stat. § 13.82, subd. 3", "Minn. Stat. § 13.82, subd. 6"] },
  { file: MN, text: "section 13.82, subdivision 7", context: "minn-stat", canonical: ["Minn. Stat. § 13.82, subd. 7"], first: { path: ["7"] } },
  { file: MN, text: "Minn. Stat. sec. 13.824 subd. 5(a)(2)", canonical: ["Minn. Stat. § 13.824, subd. 5(a)(2)"], first: { path: ["5", "a", "2"] } },
  { file: MN, text: "Minn. Stat. sec. 13.824 subd.5(a)(3)", canonical: ["Minn. Stat. § 13.824, subd. 5(a)(3)"] },
  { file: MN, text: "Minn. Stat. sec. 13.824 subd.7(b)", canonical: ["Minn. Stat. § 13.824, subd. 7(b)"] },
  { file: MN, text: "Minn. Stat. 626.8473", canonical: ["Minn. Stat. § 626.8473"] },
  // New Hampshire
  { file: NH, text: "RSA 261:75-b", canonical: ["N.H. Rev. Stat. Ann. § 261:75-b"], first: { jurisdiction: "NH", code: "rsa", section: "261:75-b" } },
  { file: NH, text: "RSA 259:68-a", canonical: ["N.H. Rev. Stat. Ann. § 259:68-a"] },
  // Utah
  { file: UT, text: "Utah Code §§ 41-6a-2001 to -2006", canonical: ["Utah Code Ann. §§ 41-6a-2001–41-6a-2006"], first: { code: "utah-code", rangeEnd: { section: "41-6a-2006", path: [] } } },
  { file: UT, text: "Section 63G-2-305", context: "utah-code", canonical: ["Utah Code Ann. § 63G-2-305"] },
  { file: UT, text: "Subsection 41-6a-2005(2)", context: "utah-code", canonical: ["Utah Code Ann. § 41-6a-2005(2)"], first: { path: ["2"] } },
  { file: UT, text: "Subsection 41-6a-2003(2)", context: "utah-code", canonical: ["Utah Code Ann. § 41-6a-2003(2)"] },
  { file: UT, text: "§ 41-6a-2004", context: "utah-code", canonical: ["Utah Code Ann. § 41-6a-2004"] },
  // Vermont
  { file: VT, text: "23 V.S.A. § 1607", canonical: ["Vt. Stat. Ann. tit. 23, § 1607"], first: { jurisdiction: "VT", code: "vsa-23", section: "1607" } },
  { file: VT, text: "20 V.S.A. § 2358", canonical: ["Vt. Stat. Ann. tit. 20, § 2358"], first: { code: "vsa-20" } },
  { file: VT, text: "§ 1607(a)(1)-(5)", context: "vsa-23", canonical: ["Vt. Stat. Ann. tit. 23, § 1607(a)(1)–(5)"] },
  { file: VT, text: "§ 1607(b)-(e)", context: "vsa-23", canonical: ["Vt. Stat. Ann. tit. 23, § 1607(b)–(e)"], first: { path: ["b"], rangeEnd: { section: "1607", path: ["e"] } } },
  { file: VT, text: "subdivision 1607(c)(2) of this subchapter", context: "vsa-23", canonical: ["Vt. Stat. Ann. tit. 23, § 1607(c)(2)"] },
  { file: VT, text: "section 1607 of this subchapter", context: "vsa-23", canonical: ["Vt. Stat. Ann. tit. 23, § 1607"] },
  // Agency policies
  { file: "policies/san-mateo-pd-463.md", text: "Civil Code § 1798.90.5 et seq.", canonical: ["Cal. Civ. Code § 1798.90.5 et seq."] },
  { file: "policies/costa-mesa-pd-429.md", text: "Civil Code § 1798.90.51", canonical: ["Cal. Civ. Code § 1798.90.51"] },
  { file: "policies/costa-mesa-pd-429.md", text: "Government Code § 34090.6", canonical: ["Cal. Gov. Code § 34090.6"] },
  { file: "policies/garden-grove-pd-425.md", text: "Government Code § 34090", canonical: ["Cal. Gov. Code § 34090"] },
  { file: "policies/east-palo-alto-pd-428.md", text: "California Civil Code 1798.90.52", canonical: ["Cal. Civ. Code § 1798.90.52"] },
  { file: "policies/ncric-alpr-policy.md", text: "Government Code 6255(a)", canonical: ["Cal. Gov. Code § 6255(a)"] },
  { file: "policies/san-mateo-pd-sop-205.md", text: "California Civil Code 1798", canonical: ["Cal. Civ. Code § 1798"] },
  { file: "policies/albert-lea-mn-pd-427.md", text: "Minn. Stat. § 626.8472", canonical: ["Minn. Stat. § 626.8472"] },
  { file: "policies/albert-lea-mn-pd-427.md", text: "Minn. Stat. § 13.37, Subd. 2", canonical: ["Minn. Stat. § 13.37, subd. 2"], first: { section: "13.37", path: ["2"] } },
  { file: "policies/albert-lea-mn-pd-427.md", text: "Minn. Stat. § 13.824, Subd. 6", canonical: ["Minn. Stat. § 13.824, subd. 6"] },
  { file: "policies/albert-lea-mn-pd-427.md", text: "Minn. Stat. §§ 13.824, 626.8472", canonical: ["Minn. Stat. § 13.824", "Minn. Stat. § 626.8472"] },
  { file: "policies/wayzata-mn-pd-128.md", text: "Minnesota State Statute 13.824", canonical: ["Minn. Stat. § 13.824"] },
  { file: "policies/wayzata-mn-pd-128.md", text: "Minn. Statute 13.09", canonical: ["Minn. Stat. § 13.09"] },
  { file: "policies/wayzata-mn-pd-128.md", text: "MN Statute 626.8472", canonical: ["Minn. Stat. § 626.8472"] },
  { file: "policies/wayzata-mn-pd-128.md", text: "Minn. Stat. 13.821", canonical: ["Minn. Stat. § 13.821"] },
  { file: "policies/fdle-florida-alpr-guidelines-2024.md", text: "Section 943.08, Florida Statutes", canonical: ["Fla. Stat. § 943.08"], first: { jurisdiction: "FL", code: "fla-stat" } },
  { file: "policies/fdle-florida-alpr-guidelines-2024.md", text: "Florida Statute 316.0777", canonical: ["Fla. Stat. § 316.0777"] },
  { file: "policies/labels-dev.jsonl", text: "1798.90.51(b)(2)(G)", canonical: ["Cal. Civ. Code § 1798.90.51(b)(2)(G)"], first: { path: ["b", "2", "G"] } },
];

/** Ordinary prose from the reference documents that must yield no citation and no problem. */
export const PROSE_CASES: Array<{ file: string; text: string }> = [
  { file: "policies/albert-lea-mn-pd-427.md", text: "The Section Commander is responsible for ensuring systems and processes are in place for the proper collection" },
  { file: "policies/wayzata-mn-pd-128.md", text: "## Section 1 Purpose" },
  { file: "policies/wayzata-mn-pd-128.md", text: "they must follow section 3 and confirm that current legal justification exists to take action on the alert." },
  { file: "policies/wayzata-mn-pd-128.md", text: "outlined in above paragraph section 6." },
  { file: "policies/san-mateo-pd-sop-205.md", text: "This document is intended to supplement SMPD Lexipol Policy 462." },
  { file: "policies/fdle-florida-alpr-guidelines-2024.md", text: "Completeness: FULL as transcribed (Executive Summary, sections 1-7)." },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "See section 453.6 RELEASE OR SHARING OF ALPR DATA under sections (a-c) in paragraphs 1-3." },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "Specifically, sections 453.3 e, f, and h, and section 453.9 are responsive." },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "General Order 10/12 (Automated License Plate Reader Program)" },
  { file: "audit_2019-118/05_recommendations_and_followup_responses.txt", text: "department issued cellphone with a verification code to login." },
  { file: CIV, text: "liquidated damages in the amount of two thousand five hundred dollars ($2,500)." },
  { file: "policies/orange-pd-423.md", text: "refer to the California Civil Code" },
  { file: "policies/ncric-alpr-policy.md", text: "(see above AUDIT section)" },
];
