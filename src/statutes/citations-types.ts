/**
 * Shared shapes of the citation engine.
 *
 * Kept apart from the public API module so the grammar, resolver and formatter
 * can share them without importing each other in a cycle. `citations.ts`
 * re-exports the public ones.
 */

/** One statute citation, in canonical structure. */
export type Citation = {
  /** "CA", "VT", "MN", "UT", "NH", "MD", "AR", "IL", "FL", "US". */
  jurisdiction: string;
  /** Canonical code key: "civ", "pen", "gov", "veh", "vsa-23", "minn-stat", "utah-code", "rsa", "md-pub-safety", "ark-code", "ilcs", "usc-18". */
  code: string;
  /** Display name: "Civil Code", "Minnesota Statutes", "United States Code, Title 18". */
  codeName: string;
  /** Section number as the code prints it: "1798.90.51", "1607", "13.824", "41-6a-2003", "261:75-b", "5/2-130". */
  section: string;
  /** Subdivision path without parentheses, outermost first: ["b","2","A"]; Minnesota "subd. 3" → ["3"]; New Hampshire "II" → ["II"]. */
  path: string[];
  /** End of a range: "§§ 1798.90.5–1798.90.55" or "§ 7070(d)(1)–(6)" (same section, path range). */
  rangeEnd?: { section: string; path: string[] };
  /** "§ 1798.90.5 et seq.": the section and those following it. */
  etSeq?: true;
  /** Title or chapter number for codes numbered by title: U.S.C. "18", V.S.A. "23", ILCS "625", C.F.R., Cal. Code Regs. */
  title?: string;
};

/** How a found citation got its code. */
export type CodeSource =
  | "explicit" // the code is named in the citation itself
  | "context" //  inherited from the code named earlier in the same text
  | "default" //  a 1798.x number with no code: California Civil Code
  | "id"; //      "Id." / "Ibid.": the previous citation

/** A citation found in running text. `text === input.slice(start, end)`. */
export type FoundCitation = {
  text: string;
  start: number;
  end: number;
  canonical: string;
  citation: Citation;
  /** How the code was decided (the agreed shape plus this one field, which the HTTP API reports). */
  codeFrom: CodeSource;
};

/** What kind of thing went wrong, for callers that want to branch on it. */
export type CitationProblemKind =
  | "unknown-code" //        "Foo Code § 12", "Texas Penal Code § 12"
  | "missing-section" //     "Civil Code section" with no number
  | "missing-code" //        "§ 1234" with no code anywhere before it
  | "bad-section" //         a number that cannot be a section of the named code
  | "unbalanced" //          "§ 1798.90.51(b)(2"
  | "bad-nesting" //         "(b)(2)(7)"
  | "missing-title" //       "U.S.C. § 2721" without its title number
  | "dangling-id"; //        "Id." with no citation before it

/** A citation-like phrase that could not be resolved. Never silently dropped. */
export type CitationProblem = {
  text: string;
  start: number;
  end: number;
  message: string;
  /** What went wrong, for callers that branch on it. */
  kind: CitationProblemKind;
};

/** A bill or a session law: never a code section. */
export type Legislation =
  | {
      kind: "bill";
      /** "SB", "AB", "HB", "SF", "HF", "HR", "SJR" … (full names are abbreviated). */
      chamber: string;
      number: string;
      author?: string;
      year?: string;
      /** Chaptered as: "Chapter 532, Statutes of 2015". */
      chapter?: string;
      chapterYear?: string;
    }
  | {
      kind: "session-law";
      year: string;
      chapter?: string;
      section?: string;
    };

export type FoundLegislation = {
  text: string;
  start: number;
  end: number;
  canonical: string;
  legislation: Legislation;
};

export type FindResult = {
  citations: FoundCitation[];
  problems: CitationProblem[];
};

export type DetailedFindResult = FindResult & {
  /** Bills and session laws ("SB 34", "Stats. 2015, ch. 532"), kept apart from code sections. */
  legislation: FoundLegislation[];
};
