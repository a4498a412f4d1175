// Vermont, Minnesota, Utah, New Hampshire, Arkansas and Maryland sections for statutes/extract-from-reference.mjs (which documents the method).
// Each block slices one section out of its reference file and restates the
// reference header's dates, sources and completeness as statute-file metadata.
export default function sections({ read, between, blank, cut, urlsFor, ship }) {
  // ---- Vermont
  {
    const f = "other_jurisdictions/VT_23VSA_1607-1608_ALPR.txt";
    const src = read(f);
    const v7 = between(src, "§ 1607(a) Definitions.", blank, { includeStart: true });
    v7[0] = v7[0].replace(/^§ 1607/, "");
    v7[v7.length - 1] = cut(v7[v7.length - 1], "[person searches");
    const base = { jurisdiction: "VT", code: "vsa-23", codeName: "Vermont Statutes Annotated, Title 23", scheme: "vt" };
    ship({
      ...base, section: "1607", heading: "Automated license plate recognition systems",
      versions: [
        {
          id: "as-of-2024-01-01", asOf: "2024-01-01",
          sourceUrl: "https://codes.findlaw.com/vt/title-23-motor-vehicles/vt-st-tit-23-sect-1607/",
          sources: ["https://legislature.vermont.gov/statutes/fullchapter/23/015"],
          referenceFile: f, complete: false,
          omissions: [
            "Subdivision (a)(5) after \"missing or endangered\": truncated in the reference.",
            "Subsections (b) to (e) (use restrictions, access, 18-month retention, annual reporting): the reference has only an ACLU-VT summary.",
          ],
          notes: ["Enacted 2013, Act No. 69 (S.18). This is the text FindLaw gives as current on Jan. 1, 2024, as amended since 2013; the amending acts and their dates are not in the reference."],
          text: v7.join("\n"),
        },
        {
          id: "2025-07-01", effective: "2025-07-01", enactedBy: "2023 Act No. 135 (Adj. Sess.)",
          sourceUrl: "https://legislature.vermont.gov/statutes/fullchapter/23/015",
          referenceFile: f, complete: false,
          omissions: ["The whole text as recodified/amended by 2023 Act No. 135 (Adj. Sess.), effective July 1, 2025 (new subchapter; the ALPR system is now defined in § 1605): not in the reference."],
        },
      ],
    });
    const v8 = between(src, "§ 1608. Preservation of data [Effective July 1, 2025]", blank);
    v8[v8.length - 1] = cut(v8[v8.length - 1], "i[s ... truncated]");
    ship({
      ...base, section: "1608", heading: "Preservation of data",
      versions: [{
        id: "2025-07-01", effective: "2025-07-01",
        sourceUrl: "https://self-law.org/code/vt/title-23/chapter-15/1608",
        referenceFile: f, complete: false,
        omissions: ["Subsection (b) after \"if the preservation request\" and anything after it: truncated in the reference."],
        notes: ["The text before July 1, 2025 is not in the reference."],
        text: v8.join("\n"),
      }],
    });
  }

  // ---- Minnesota
  {
    const f = "other_jurisdictions/MN_Stat_13.824_ALPR.txt";
    const src = read(f);
    const mn = between(src, "Subdivision 1. Definition.", blank, { includeStart: true });
    mn[mn.length - 1] = cut(mn[mn.length - 1], "w[ithout obtaining");
    ship({
      jurisdiction: "MN", code: "minn-stat", codeName: "Minnesota Statutes", section: "13.824", heading: "AUTOMATED LICENSE PLATE READERS", scheme: "mn",
      versions: [{
        id: "as-of-2017", asOf: "2017",
        sourceUrl: "https://www.revisor.mn.gov/statutes/?id=13.824&year=2017",
        sources: ["https://instalawyer.io/laws/minnesota-statutes/section-13824-automated-license"],
        referenceFile: f, complete: false,
        omissions: [
          "Subd. 2(d) after \"exigent circumstances justify the use\": truncated in the reference.",
          "Subds. 3 to 8 (destruction, sharing, public log, biennial audit, access authorization, BCA notification): the reference has only summaries.",
        ],
        notes: [
          "Enacted 2015 (SF 86). asOf is the year of the revisor's edition the reference links (2017).",
          "A 2018 amendment (SF 2922, independent auditor) is reported; which subdivisions it changed is not in the reference.",
        ],
        text: mn.join("\n"),
      }],
    });
  }

  // ---- Utah
  {
    const f = "other_jurisdictions/UT_Code_41-6a-2001_to_2006_ALPR.txt";
    const src = read(f);
    const base = { jurisdiction: "UT", code: "utah-code", codeName: "Utah Code", scheme: "ut" };
    const u4 = between(src, "§ 41-6a-2004. Captured plate data -- Preservation and disclosure. (Effective 5/3/2023)", (l) => blank(l) || l.startsWith("[Original"));
    u4[u4.length - 1] = cut(u4[u4.length - 1], "colle[cted");
    ship({
      ...base, section: "41-6a-2004", heading: "Captured plate data -- Preservation and disclosure.",
      versions: [{
        id: "2023-05-03", effective: "2023-05-03",
        sourceUrl: "https://codes.findlaw.com/ut/title-41-motor-vehicles/ut-code-sect-41-6a-2004/",
        sources: ["https://self-law.org/code/ut/title-41/chapter-6a/41-6a-2004", "https://www.lawserver.com/law/state/utah/ut-code/utah_code_41-6a-2004"],
        referenceFile: f, complete: false,
        omissions: ["Subsection (3) (added 2023) after \"Plate data\": truncated in the reference."],
        notes: ["Enacted 2013 ch. 447 (SB 196), amended 2014 ch. 276. The reference quotes only Subsection (1)(c) of the 2013 text, so earlier versions are not shipped."],
        text: u4.join("\n"),
      }],
    });
    const u5 = between(src, "§ 41-6a-2005. Preservation request.", blank);
    u5[u5.length - 1] = cut(u5[u5.length - 1], "[governmental entity");
    ship({
      ...base, section: "41-6a-2005", heading: "Preservation request.",
      versions: [{
        id: "as-of-2023-05-03", asOf: "2023-05-03",
        sourceUrl: "https://lexace.ai/us/statute/utah/41-6a-2005",
        sources: ["https://self-law.org/code/ut/title-41/chapter-6a/41-6a-2005"],
        referenceFile: f, complete: false,
        omissions: ["Subsection (3)(b) after \"if the person or\" and the rest of the section: truncated in the reference."],
        notes: ["The reference dates the Act's current version to May 3, 2023 and gives no separate effective date for this section; asOf records that date."],
        text: u5.join("\n"),
      }],
    });
  }

  // ---- New Hampshire
  {
    const f = "other_jurisdictions/NH_RSA_261-75b_LPR.txt";
    const src = read(f);
    const nh = between(src, "RSA 261:75-b Use of Number Plate Scanning Devices Regulated.", (l) => blank(l) || /^X\. /.test(l));
    nh[nh.length - 1] = cut(nh[nh.length - 1], "confi[rm");
    ship({
      jurisdiction: "NH", code: "rsa", codeName: "New Hampshire Revised Statutes Annotated", section: "261:75-b",
      heading: "Use of Number Plate Scanning Devices Regulated.", scheme: "nh",
      versions: [{
        id: "as-of-2023", asOf: "2023",
        sourceUrl: "https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_261_75-b",
        sources: ["https://bills.nhliberty.org/bills/2024/SB428/changes"],
        referenceFile: f, complete: false,
        omissions: [
          "Paragraph VI after \"or immediately\": truncated in the reference.",
          "Paragraphs VII to X (retention of non-hit data, records, audit): not captured verbatim; the reference quotes X only as shown in a 2017 bill (HB 577).",
        ],
        notes: ["The reference's source is \"current as of 2023\". Its history is inconsistent (HB 675 of 2014 in the header; HB 1154, \"believed 2016\", in the notes), so no enacting act is recorded."],
        text: nh.join("\n"),
      }],
    });
  }

  // ---- Arkansas
  {
    const f = "other_jurisdictions/AR_Code_12-12-1801_to_1808_ALPR_Act.txt";
    const src = read(f);
    const base = { jurisdiction: "AR", code: "ark-code", codeName: "Arkansas Code Annotated", scheme: "ca" };
    const actNote = "Act 2013, No. 1491, eff. Aug. 16, 2013; the reference does not say whether this section has been amended since, so the text is not dated from the act.";
    const a4 = between(src, "§ 12-12-1804. Protections. (FindLaw, current as of March 28, 2024)", (l) => l.startsWith("[Later amended"));
    ship({
      ...base, section: "12-12-1804", heading: "Protections.",
      versions: [
        {
          id: "as-of-2024-03-28", asOf: "2024-03-28",
          sourceUrl: "https://codes.findlaw.com/ar/title-12-law-enforcement-emergency-management-and-military-affairs/ar-code-sect-12-12-1804/",
          sources: ["https://law.counselstack.com/statute/ar/12-12-1804"],
          referenceFile: f, complete: true, text: a4.join("\n"),
        },
        {
          id: "later-amendment",
          sourceUrl: "https://policyrisk.com/states/arkansas/statutes/12-12-1804",
          referenceFile: f, complete: false,
          omissions: ["The amended text: the reference quotes only parts of (a) (60 days for private landowners, leaseholders and businesses; 150 days for others) and a new (d)(3), and gives no date."],
          notes: ["Undated, so versionInForce never selects it; it records that the 2024 text may be superseded."],
        },
      ],
    });
    const a5 = between(src, "§ 12-12-1805. Practice and usage data preservation. (FULL)", blank);
    ship({
      ...base, section: "12-12-1805", heading: "Practice and usage data preservation.",
      versions: [{
        id: "reference",
        sourceUrl: "https://codes.findlaw.com/ar/title-12-law-enforcement-emergency-management-and-military-affairs/ar-code-sect-12-12-1805/",
        referenceFile: f, complete: true, notes: [actNote], text: a5.join("\n"),
      }],
    });
    const a7 = between(src, "§ 12-12-1807. Penalties. (FULL)", (l) => blank(l) || l.startsWith("§ "));
    ship({
      ...base, section: "12-12-1807", heading: "Penalties.",
      versions: [{
        id: "as-of-2026-05-22", asOf: "2026-05-22",
        sourceUrl: "https://arkansas-surveillance.org/web+archive/2026-05-22/codes.findlaw.com/ark-code-12-12-1807",
        referenceFile: f, complete: true,
        notes: [actNote, "asOf is the date of the web-archive copy of FindLaw the reference cites."],
        text: a7.join("\n"),
      }],
    });
  }

  // ---- Maryland
  {
    const f = "other_jurisdictions/MD_PublicSafety_3-509_GP_4-326_ALPR.txt";
    const src = read(f);
    const md = between(src, "GP § 4-326 (FULL)", blank);
    ship({
      jurisdiction: "MD", code: "md-gen-prov", codeName: "Maryland Code, General Provisions Article", section: "4-326", scheme: "ca",
      versions: [{
        id: "reference",
        sourceUrl: "https://mgaleg.maryland.gov/mgawebsite/laws/StatuteText?article=ggp&enactments=false&section=4-326",
        sources: ["https://lexace.ai/us/statute/maryland/GP-4-326"],
        referenceFile: f, complete: true,
        notes: ["The reference says the 2014 law rewriting §§ 3-509 and 4-326 took effect Oct. 1, 2014, but does not date this text, so the version is undated."],
        text: md.join("\n"),
      }],
    });
  }

}
