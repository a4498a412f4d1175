// California sections for statutes/extract-from-reference.mjs (which documents the method).
// Each block slices one section out of its reference file and restates the
// reference header's dates, sources and completeness as statute-file metadata.
export default function sections({ read, between, blank, cut, urlsFor, ship }) {
  // ---- California Civil Code 1798.90.5-.55
  {
    const f = "statutes_ca/civ_1798.90.5-55_SB34_ALPR.txt";
    const src = read(f);
    for (const s of ["1798.90.5", "1798.90.51", "1798.90.52", "1798.90.53", "1798.90.54", "1798.90.55"]) {
      const text = between(src, `§ ${s}.`, (l) => l.startsWith("-----")).join("\n");
      const urls = urlsFor(src, s);
      const dated = src.split("\n").find((l) => urls.some((u) => l.includes(u)) && /Last updated/.test(l));
      const asOf = dated ? "2023-08-19" : undefined;
      if (dated && !/Last updated Aug\. 19, 2023/.test(dated)) throw new Error("unexpected date");
      ship({
        jurisdiction: "CA", code: "civ", codeName: "Civil Code", section: s, scheme: "ca",
        versions: [{
          id: "2016-01-01", operative: "2016-01-01", asOf,
          enactedBy: "SB 34 (Hill), Stats. 2015",
          sourceUrl: urls[0],
          sources: [...urls.slice(1), "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&title=1.81.23.&part=4."],
          referenceFile: f, complete: true,
          notes: [
            "The reference gives the chapter number (Stats. 2015, ch. 532) as unverified, so it is not recorded in enactedBy.",
            "The reference gives this as the text currently in force: SB 210, AB 1076, AB 2192, AB 1463 and SB 274 (vetoed Oct. 1, 2025) did not amend it. Verify against leginfo for any 2026 changes.",
            "Subdivision letters and numbers come from the lexace/self-law copies; california.public.law strips them in rendering.",
          ],
          text,
        }],
      });
    }
  }

  // ---- California related statutes
  {
    const f = "statutes_ca/CA_related_statutes_VC2413_breach_GovCode7070_PC832-18.txt";
    const src = read(f);
    const vc = between(src, "1. VEHICLE CODE § 2413", blank).slice(1); // drop the Sources line
    ship({
      jurisdiction: "CA", code: "veh", codeName: "Vehicle Code", section: "2413", scheme: "ca",
      versions: [{
        id: "reference", sourceUrl: "https://california.public.law/codes/ca_veh_code_section_2413",
        sources: ["https://self-law.org/code/ca/vehicle-code/2413", "https://online.documentine.com/california-vehicle-code-title/1/california-vehicle-code-2413-california-highway-patrol.html"],
        referenceFile: f, complete: true,
        notes: ["The reference gives no effective, operative or retrieval date for this text, so the version is undated."],
        text: vc.join("\n"),
      }],
    });

    const g73 = between(src, "§ 7073 (state agencies) — FULL:", (l) => l.startsWith("(Added by"));
    const history = src.split("\n").find((l) => l.startsWith("(Added by Stats. 2021, Ch. 406"));
    ship({
      jurisdiction: "CA", code: "gov", codeName: "Government Code", section: "7073", scheme: "ca",
      versions: [{
        id: "2022-01-01", effective: "2022-01-01", enactedBy: "Stats. 2021, Ch. 406, Sec. 2. (AB 481)", history,
        sourceUrl: "https://law.uslawyerdatabase.com/section-7073-3", sources: ["https://self-law.org/code/ca/government-code/7073"],
        referenceFile: f, complete: true, text: g73.join("\n"),
      }],
    });

    const g72 = between(src, "§ 7072 (annual military equipment report) — verbatim as reproduced:", (l) => l.startsWith("(e)(2)"));
    if (!g72[0].startsWith('"(a) ... ')) throw new Error("7072 (a) layout changed");
    g72[0] = g72[0].replace('"(a) ... ', "(a) [...] ");
    const last = g72.length - 1;
    if (!g72[last].startsWith("(b)")) throw new Error("7072 (b) layout changed");
    g72[last] = cut(g72[last], "[at which");
    ship({
      jurisdiction: "CA", code: "gov", codeName: "Government Code", section: "7072", scheme: "ca",
      versions: [{
        id: "2022-01-01", effective: "2022-01-01", enactedBy: "Stats. 2021, ch. 406 (AB 481, Chiu)",
        sourceUrl: "https://www.winterspolice.org/government-code-7072-assembly-bill-481/",
        referenceFile: f, complete: false,
        omissions: [
          "The opening words of subdivision (a): the reproduction the reference quotes elides them (\"...\").",
          "Subdivision (b) after \"community engagement meeting,\": the reference gives only a paraphrase from AG Bulletin 2024-DLE-13.",
          "Subdivisions (c) to (f): not captured; the reference paraphrases (e)(2) and (f) only.",
        ],
        notes: ["The effective date is that of the act (Stats. 2021, ch. 406), taken from the history note of § 7073, which the same act added."],
        text: g72.join("\n"),
      }],
    });

    const pc = between(src, "4. PENAL CODE § 832.18", (l) => l.trimStart().startsWith("[(B)-(C)")).slice(1);
    const gapLine = src.split("\n").find((l) => l.trimStart().startsWith("[(B)-(C)"));
    pc.push(gapLine.slice(0, gapLine.length - gapLine.trimStart().length) + "[...]");
    ship({
      jurisdiction: "CA", code: "pen", codeName: "Penal Code", section: "832.18", scheme: "ca",
      versions: [{
        id: "reference", enactedBy: "AB 69 (Rodriguez, 2015)",
        sourceUrl: "https://california.public.law/codes/ca_penal_code_section_832.18",
        sources: ["http://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201520160AB69"],
        referenceFile: f, complete: false,
        omissions: [
          "Paragraph (b)(5) after subparagraph (A): subparagraphs (B) and (C) (evidentiary data retention) are not captured.",
          "Paragraphs (b)(6) to (8) (storage method and security, third-party vendor storage, sanctions) and anything after them are not captured.",
        ],
        notes: ["AB 69 was approved Oct. 3, 2015; the reference gives no effective date, so the version is undated."],
        text: pc.join("\n"),
      }],
    });
  }

}
