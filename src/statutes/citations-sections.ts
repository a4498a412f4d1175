/**
 * Turning raw section tokens into checked citations, once the code is known.
 *
 * Whether "7070-7075" is a range (Government Code) or one number (Utah's
 * "41-6a-2003"), what "to -2006" or "-.55" abbreviate, and whether
 * "(b)(2)(7)" nests properly all depend on the code's numbering, so they are
 * decided here from the code table rather than in the grammar.
 */
import type { CodeRef } from "./citations-designators.js";
import type { RawItem, RawPath } from "./citations-grammar.js";
import { specFor, type PathScheme } from "./citations-codes.js";
import type { Citation, CitationProblemKind } from "./citations-types.js";

type Kind = "lower" | "digit" | "upper" | "romanLower" | "romanUpper";

/** Label styles from the top of a section down; same ladders as provisions-labels.ts. */
const LADDERS: Record<Exclude<PathScheme, "loose">, readonly Kind[]> = {
  ca: ["lower", "digit", "upper", "romanLower", "romanUpper"],
  ut: ["digit", "lower", "romanLower", "upper", "romanUpper"],
  mn: ["digit", "lower", "digit", "romanLower"],
  nh: ["romanUpper", "lower", "digit", "upper", "romanLower"],
  cfr: ["lower", "digit", "romanLower", "upper"],
};
const KIND_NAME: Record<Kind, string> = {
  lower: "a lower-case letter", digit: "a number", upper: "a capital letter", romanLower: "a lower-case roman numeral", romanUpper: "a capital roman numeral",
};
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

function fits(label: string, kind: Kind): boolean {
  switch (kind) {
    case "digit": return /^\d+[a-z]?$/.test(label);
    case "lower": return /^([a-z])\1?$/.test(label);
    case "upper": return /^([A-Z])\1?$/.test(label);
    case "romanLower": return ROMAN.test(label) && label !== "";
    case "romanUpper": return ROMAN.test(label.toLowerCase()) && label === label.toUpperCase() && label !== "";
  }
}

/** Null when the path nests properly for the scheme, else a plain-English reason. */
export function pathProblem(path: readonly string[], scheme: PathScheme, codeName: string): string | null {
  if (path.length === 0) return null;
  const show = `(${path.join(")(")})`;
  if (scheme === "loose") {
    for (let i = 1; i < path.length; i++) {
      if (/^\d/.test(path[i]!) && /^\d/.test(path[i - 1]!)) return `"${show}" is not a valid subdivision path: (${path[i]}) cannot follow (${path[i - 1]}) at the next level down.`;
    }
    return null;
  }
  const ladder = LADDERS[scheme];
  // A citation may start one rung down ("§ 41-6a-2004(1)" vs "(a)"): try each start that fits the first label.
  let best = { at: -1, rung: 0 };
  for (const rung of scheme === "ca" || scheme === "ut" || scheme === "cfr" ? [0, 1] : [0]) {
    let i = 0;
    while (i < path.length && (rung + i >= ladder.length || fits(path[i]!, ladder[rung + i]!))) i++;
    if (i === path.length) return null;
    if (i > best.at) best = { at: i, rung };
  }
  const i = best.at;
  const expected = ladder[best.rung + i]!;
  if (i === 0) return `"${show}" is not a valid subdivision path for the ${codeName}: it should start with ${KIND_NAME[ladder[0]!]}.`;
  return `"${show}" is not properly nested for the ${codeName}: after (${path[i - 1]}) the next level is ${KIND_NAME[expected]}, not (${path[i]}).`;
}

/** "1798.90.5" + "55" → "1798.90.55"; "41-6a-2001" + "-2006" → "41-6a-2006"; "1798.90.5" + ".55"; "7070" + "7075". */
export function expandEnd(start: string, rawEnd: string): string {
  if (/^[-.]/.test(rawEnd)) {
    // Written with its separator: the end replaces everything after the start's last such separator.
    const cut = start.lastIndexOf(rawEnd[0]!);
    return cut >= 0 ? start.slice(0, cut) + rawEnd : rawEnd.slice(1);
  }
  const parts = start.split(/[.:/-]/);
  const seps = start.match(/[.:/-]/g) ?? [];
  const endParts = rawEnd.split(/[.:/-]/);
  if (endParts.length >= parts.length) return rawEnd;
  // Fewer parts than the start: the end replaces the start's last parts ("1798.90.5-55").
  const keep = parts.length - endParts.length;
  let prefix = parts[0]!;
  for (let i = 1; i < keep; i++) prefix += seps[i - 1]! + parts[i]!;
  return prefix + seps[keep - 1]! + rawEnd;
}

/** "7070-7075" under a code whose numbers have no hyphen: a range. */
function splitRange(token: string, shape: RegExp): [string, string] | null {
  for (let i = token.length - 1; i > 0; i--) {
    if (token[i] !== "-") continue;
    const left = token.slice(0, i);
    const right = expandEnd(left, token.slice(i + 1));
    if (shape.test(left) && shape.test(right)) return [left, right];
  }
  return null;
}

export type Built = { citation: Citation } | { problem: { message: string; kind: CitationProblemKind } };

/** Code key, display name and title carrying for a code reference. */
export function codeIdentity(ref: CodeRef): { code: string; codeName: string; title?: string } {
  const t = ref.title ?? "";
  const { spec } = ref;
  const codeName = spec.name.replace("{t}", t);
  if (!spec.titled) return { code: spec.key, codeName };
  if (spec.titleInKey === false) return { code: spec.key, codeName, title: t };
  return { code: `${spec.key}-${t}`, codeName };
}

/**
 * Build one citation from a raw item under a known code. `previous` is the last
 * section cited in the same code, for short forms ("§ 1804" after "§ 12-12-1801").
 */
export function buildCitation(ref: CodeRef, item: RawItem, path: RawPath | undefined, previous?: string): Built {
  const { spec } = ref;
  const id = codeIdentity(ref);
  let section = item.section;
  let end = item.sectionEnd;
  if (spec.hyphenated && /^\d+$/.test(section) && previous) {
    const cut = previous.lastIndexOf("-");
    if (cut > 0 && previous.length - cut - 1 === section.length) section = previous.slice(0, cut + 1) + section;
  }
  if (!spec.shape.test(section)) {
    const split = end ? null : splitRange(section, spec.shape);
    if (!split) return { problem: { kind: "bad-section", message: `"${item.section}" is not a section number of the ${id.codeName}.` } };
    [section, end] = split;
  } else if (end) {
    end = expandEnd(section, end);
    if (!spec.shape.test(end)) return { problem: { kind: "bad-section", message: `The range end "${item.sectionEnd}" is not a section number of the ${id.codeName}.` } };
  }
  const p = path?.path ?? [];
  const bad = pathProblem(p, spec.scheme, id.codeName);
  if (bad) return { problem: { kind: "bad-nesting", message: bad } };
  const citation: Citation = { jurisdiction: spec.jurisdiction, code: id.code, codeName: id.codeName, section, path: [...p] };
  if (end && end !== section) citation.rangeEnd = { section: end, path: item.endPath ? [...item.endPath] : [] };
  else if (path?.end) citation.rangeEnd = { section, path: [...path.end] };
  if (item.etSeq) citation.etSeq = true;
  if (id.title !== undefined) citation.title = id.title;
  return { citation };
}

/** The code reference behind a citation's key: "civ", "usc-18", "vsa-23", "ilcs" (+ title). */
export function refForCode(code: string, title?: string): CodeRef | undefined {
  const direct = specFor(code);
  if (direct && !direct.titled) return { spec: direct };
  if (direct && direct.titleInKey === false) return title ? { spec: direct, title } : undefined;
  const m = /^(.+)-(\d+[A-Z]?)$/.exec(code);
  const spec = m ? specFor(m[1]!) : undefined;
  return spec?.titled ? { spec, title: m![2]! } : undefined;
}
