/**
 * Printing a citation in its one canonical form.
 *
 * The scheme is Bluebook-like, one rule per code, taken from the code table:
 * California "Cal. Civ. Code § 1798.90.51(b)(2)(A)" (Bluebook T1 abbreviations,
 * but "Gov." for the Government Code, as the California Style Manual writes it),
 * Vermont "Vt. Stat. Ann. tit. 23, § 1607", Minnesota "Minn. Stat. § 13.824,
 * subd. 3", New Hampshire "N.H. Rev. Stat. Ann. § 261:75-b, II", Illinois
 * "625 Ill. Comp. Stat. 5/2-130", federal "18 U.S.C. § 2721". Ranges use an en
 * dash and "§§"; a range inside one section keeps "§" and elides the shared
 * part ("§ 7070(d)(1)–(6)"). Every canonical string parses back to the same
 * citation.
 */
import type { PathStyle } from "./citations-codes.js";
import { refForCode } from "./citations-sections.js";
import type { Citation } from "./citations-types.js";

function parens(path: readonly string[]): string {
  return path.map((p) => `(${p})`).join("");
}

function pathText(style: PathStyle, path: readonly string[]): string {
  if (!path.length) return "";
  if (style === "mn") return `, subd. ${path[0]}${parens(path.slice(1))}`;
  if (style === "nh") return `, ${path[0]}${parens(path.slice(1))}`;
  return parens(path);
}

/** The end of a range inside one section, without the part it shares with the start. */
function pathTail(style: PathStyle, start: readonly string[], end: readonly string[]): string {
  let k = 0;
  while (k < start.length && k < end.length - 1 && start[k] === end[k]) k++;
  const rest = end.slice(k);
  if (k === 0 && style !== "parens") return `${rest[0]}${parens(rest.slice(1))}`;
  return parens(rest);
}

/**
 * Canonical text of a citation.
 *
 * @example
 * formatCitation({ jurisdiction: "CA", code: "civ", codeName: "Civil Code", section: "1798.90.51", path: ["b", "2", "A"] })
 * // "Cal. Civ. Code § 1798.90.51(b)(2)(A)"
 */
export function formatCitation(c: Citation): string {
  const ref = refForCode(c.code, c.title);
  const style: PathStyle = ref?.spec.pathStyle ?? "parens";
  const prefix = ref ? ref.spec.cite.replace("{t}", ref.title ?? "") : c.codeName;
  const noSign = ref?.spec.noSectionSign ?? false;
  let body = `${c.section}${pathText(style, c.path)}`;
  let sign = "§";
  if (c.rangeEnd && c.rangeEnd.section !== c.section) {
    body += `–${c.rangeEnd.section}${pathText(style, c.rangeEnd.path)}`;
    sign = "§§";
  } else if (c.rangeEnd) {
    body += `–${pathTail(style, c.path, c.rangeEnd.path)}`;
  }
  if (c.etSeq) body += " et seq.";
  return noSign ? `${prefix} ${body}` : `${prefix} ${sign} ${body}`;
}
