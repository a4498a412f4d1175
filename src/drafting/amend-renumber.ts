/**
 * Relettering and renumbering after a provision is added or removed, and the
 * cross-references that must follow: when a bill inserts a new (b)(2), the old
 * (b)(2) becomes (b)(3) and "paragraph (2)" elsewhere in the section must now
 * read "paragraph (3)", or the amended law points at the wrong requirement.
 *
 * Only references written the California way are followed ("subdivision (c)",
 * "paragraph (2) of subdivision (b)", "subparagraph (A)"); a bare unit is read
 * relative to the provision that mentions it, and references to another
 * section ("subdivision (b) of Section 1798.90.52") are left alone.
 */
import { LADDERS, LEVELS, romanValue, type LabelKind, type NumberingScheme } from "../statutes/provisions-labels.js";
import { walkProvisions, type ProvisionNode } from "../statutes/provisions.js";

const ROMAN: [number, string][] = [[10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

function toRoman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

/** The label kind used at a level under a scheme ("paragraph" in California → digits). */
export function kindAt(level: number, scheme: NumberingScheme): LabelKind {
  return LADDERS[scheme][Math.max(0, level - 1)] ?? "digit";
}

/** The nth key (1-based) of a kind: 3 → "c", "3", "C", "iii", "III". */
export function keyFor(kind: LabelKind, n: number): string {
  switch (kind) {
    case "lower": return String.fromCharCode(96 + n);
    case "upper": return String.fromCharCode(64 + n);
    case "romanLower": return toRoman(n);
    case "romanUpper": case "romanDot": return toRoman(n).toUpperCase();
    default: return String(n);
  }
}

/** The ordinal of a key of a kind: "c" → 3. */
export function ordinalOf(kind: LabelKind, key: string): number {
  if (kind === "lower" || kind === "upper") return key.toLowerCase().charCodeAt(0) - 96;
  if (kind === "romanLower" || kind === "romanUpper" || kind === "romanDot") return romanValue(key.toLowerCase()) ?? 0;
  return Number.parseInt(key, 10);
}

/** Recomputes the paths of a subtree after its keys changed. */
export function repath(node: ProvisionNode, parentPath: string[]): void {
  node.path = [...parentPath, node.key];
  for (const c of node.children) repath(c, node.path);
}

/** Gives `children[from..]` the keys their position calls for, relabelling "(c)" → "(d)". */
export function renumberFrom(parent: ProvisionNode, from: number, scheme: NumberingScheme): void {
  const kind = kindAt(LEVELS.indexOf(parent.level) + 1, scheme);
  const first = parent.children[0] ? ordinalOf(kind, parent.children[0].key) : 1;
  parent.children.forEach((c, i) => {
    if (i < from) return;
    const key = keyFor(kind, (Number.isFinite(first) && first > 0 ? first : 1) + i);
    if (key === c.key) return;
    c.label = c.key !== "" && c.label.includes(c.key) ? c.label.replace(c.key, key) : `(${key})`;
    c.key = key;
    repath(c, parent.path);
  });
}

const UNIT = "(subdivision|paragraph|subparagraph|clause|subclause)s? \\(([A-Za-z0-9]+)\\)";
const UNIT_NC = "(?:subdivision|paragraph|subparagraph|clause|subclause)s? \\([A-Za-z0-9]+\\)";
const CHAIN = new RegExp(`\\b${UNIT_NC}(?: of ${UNIT_NC})*`, "g");
const PART = new RegExp(UNIT, "g");
const ELSEWHERE = /^,? of (?!this section)/;

/** Snapshot of every provision's path, to compare after renumbering. */
export function pathsOf(root: ProvisionNode): Map<ProvisionNode, string[]> {
  return new Map(walkProvisions(root).map((n) => [n, [...n.path]]));
}

/**
 * Rewrites cross-references in every provision's words after renumbering.
 * `before` holds each provision's path before the change; provisions missing
 * from it (just added) are left as written.
 *
 * @example
 * const before = pathsOf(root); renumberFrom(b, 1, "ca"); fixCrossReferences(root, before);
 * // "as described in paragraph (2)" in (b)(1) now reads "paragraph (3)"
 */
export function fixCrossReferences(root: ProvisionNode, before: Map<ProvisionNode, string[]>): void {
  const renamed = new Map<string, string[]>();
  const present = new Set(walkProvisions(root));
  for (const [node, old] of before) {
    if (old.join("/") !== node.path.join("/") && present.has(node)) renamed.set(old.join("/"), node.path);
  }
  if (renamed.size === 0) return;
  const rewrite = (words: string, where: string[]): string =>
    words.replace(CHAIN, (match: string, ...rest: unknown[]) => {
      const offset = rest[rest.length - 2] as number;
      if (ELSEWHERE.test(words.slice(offset + match.length))) return match;
      const parts = [...match.matchAll(PART)].map((m) => ({ depth: LEVELS.indexOf(m[1] as (typeof LEVELS)[number]), key: m[2]! }));
      const outer = Math.min(...parts.map((p) => p.depth));
      if (outer - 1 > where.length) return match;
      const target = [...where.slice(0, outer - 1)];
      for (const p of [...parts].sort((a, b) => a.depth - b.depth)) target[p.depth - 1] = p.key;
      const moved = renamed.get(target.join("/"));
      if (!moved) return match;
      let i = 0;
      return match.replace(PART, (unit: string, _level: string, key: string) => {
        const p = parts[i++]!;
        return unit.replace(`(${key})`, `(${moved[p.depth - 1] ?? key})`);
      });
    });
  for (const node of walkProvisions(root)) {
    const old = before.get(node);
    if (!old) continue;
    node.text = rewrite(node.text, old);
    if (node.tail !== undefined) node.tail = rewrite(node.tail, old);
  }
}
