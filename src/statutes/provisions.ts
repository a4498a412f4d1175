/**
 * Provision trees: statute text ⇄ section → subdivision → paragraph → … → subclause.
 *
 * Findings cite provisions by path (Civ. Code § 1798.90.51(b)(2)(G)), and follow-up
 * bills amend one provision and print the section as amended, so the engine must
 * split a section exactly where the law splits it and put it back together without
 * changing a word. It is pure: text in, tree out, no I/O.
 *
 * Rules (the layout of the reference texts: one provision per line):
 * - A provision label starts a line, or directly follows another label that starts
 *   the line ("(b) (1) Implement …", "(d)(1) Except …"). A label mid-sentence
 *   ("subdivision (b) of Section …") is a cross-reference, never a node; so is a
 *   line-start label followed by "of", "and", "to" … ("(2) of subdivision (b)").
 * - A label must continue a sequence that is open — the next sibling of an open node
 *   (or, second best, a later one: an excerpt that skips provisions), or the first
 *   child of the deepest — or it is text. Ambiguous tokens ("(i)", "(v)",
 *   "(x)", "(I)") are settled by indentation when the text is indented, then by
 *   which continuation comes first ("(ii)" or "(j)"), then in favour of continuing
 *   the existing sequence (a list of one clause is not a list).
 * - An unlabelled line continues the deepest node's text, unless it is indented less
 *   than that node's line: then it is flush text after a list and becomes the `tail`
 *   of the node whose list it closes (Minn. Stat. § 13.824, subd. 2(a)).
 * - A line that is only "[...]" (text omitted by the source) ends the current
 *   provision and is kept as the tail of its parent.
 */
import {
  LADDERS, LEVELS, detectScheme, follows, nextKey, readLabel,
  type LabelKind, type LabelReading, type LabelToken, type NumberingScheme, type ProvisionLevel,
} from "./provisions-labels.js";

export { detectScheme, type NumberingScheme, type ProvisionLevel } from "./provisions-labels.js";

export type ProvisionNode = {
  /** As printed: "(a)", "(1)", "(A)", "(i)", "Subd. 2.", "II."; "" for the section. */
  label: string;
  /** The label without punctuation: "a", "1", "A", "i", "2", "II"; "" for the section. */
  key: string;
  /** Depth below the section, named as California names it whatever the jurisdiction calls it. */
  level: ProvisionLevel;
  /** Keys from the section down: ["b","2","A"]; the section itself has []. */
  path: string[];
  /** The node's own words after its label, up to its first child, verbatim (lines joined by "\n"). */
  text: string;
  children: ProvisionNode[];
  /** Flush text printed after the children ("Collection of any data not authorized by this paragraph is prohibited."). */
  tail?: string;
};

type Open = { node: ProvisionNode; kind?: LabelKind; ordinal: number; rung: number; indent?: number };
type Candidate = { parentAt: number; reading: LabelReading; score: number; sibling: boolean };

const CROSS_REFERENCE = /^(?:of|and|or|to|through|inclusive)\b|^[,;.)]/;
const GAP = "[...]";

function makeNode(token: LabelToken | undefined, rung: number, parent?: ProvisionNode): ProvisionNode {
  const key = token?.key ?? "";
  return { label: token?.label ?? "", key, level: LEVELS[rung + 1]!, path: parent ? [...parent.path, key] : [], text: "", children: [] };
}

/** Where could a line-start label go? Each open sequence it continues, or a new list under the deepest node. */
function candidates(stack: Open[], token: LabelToken, scheme: NumberingScheme): Candidate[] {
  const ladder = LADDERS[scheme];
  const deepest = stack[stack.length - 1]!;
  const out: Candidate[] = [];
  for (const reading of token.readings) {
    const rung = ladder.indexOf(reading.kind);
    const at = stack.findIndex((o) => o.kind === reading.kind);
    if (at > 0 && reading.ordinal > stack[at]!.ordinal) {
      out.push({ parentAt: at - 1, reading, score: follows(stack[at]!.ordinal, reading.ordinal) ? 3 : 1, sibling: true });
    }
    if (rung > deepest.rung && reading.ordinal === 1) {
      out.push({ parentAt: stack.length - 1, reading, score: rung === deepest.rung + 1 ? 3 : 1, sibling: false });
    } else if (stack.length === 1 && deepest.node.children.length === 0 && rung === 0) {
      // An excerpt, or a section whose first subdivisions were repealed, may open at "(c)".
      out.push({ parentAt: 0, reading, score: 0.5, sibling: false });
    }
  }
  return out;
}

/** Picks among equally good candidates: indentation, then lookahead, then the sibling. */
function choose(cands: Candidate[], stack: Open[], indent: number, token: LabelToken, upcoming: string[]): Candidate | undefined {
  const best = Math.max(...cands.map((c) => c.score));
  let tied = cands.filter((c) => c.score === best);
  if (tied.length > 1) {
    // Indentation only counts when the candidates' anchors are indented differently.
    const anchor = (c: Candidate) => (c.sibling ? stack[c.parentAt + 1]!.indent : stack[c.parentAt]!.indent);
    const anchors = new Set(tied.map(anchor));
    if (!anchors.has(undefined) && anchors.size === tied.length) {
      const fits = tied.filter((c) => (c.sibling ? anchor(c) === indent : indent > (anchor(c) ?? -1)));
      if (fits.length === 1) tied = fits;
    }
  }
  if (tied.length > 1) {
    const next = new Map(tied.map((c) => [nextKey(c.reading, token.key), c] as const));
    const hit = upcoming.find((k) => next.has(k));
    if (hit !== undefined) tied = [next.get(hit)!];
  }
  return tied.find((c) => c.sibling) ?? tied[0];
}

/** First label key of every later line (for lookahead). */
function lineStartKeys(lines: string[], scheme: NumberingScheme): string[] {
  return lines.map((l) => readLabel(l.trim(), scheme)?.token.key ?? "");
}

function append(node: ProvisionNode, line: string): void {
  if (node.children.length > 0) node.tail = node.tail === undefined ? line : `${node.tail}\n${line}`;
  else node.text = node.text === "" ? line : `${node.text}\n${line}`;
}

/**
 * Parses one section's text into its provision tree.
 *
 * @param scheme numbering ladder; guessed from the text when omitted
 * @example
 * const root = parseProvisions("(a) Maintain a record.\n(b) (1) Implement a policy.\n(2) The policy shall include:\n  (A) Purposes.");
 * findProvision(root, ["b", "2", "A"])?.text // "Purposes."
 */
export function parseProvisions(text: string, scheme: NumberingScheme = detectScheme(text)): ProvisionNode {
  const ladder = LADDERS[scheme];
  const root = makeNode(undefined, -1);
  const stack: Open[] = [{ node: root, ordinal: 0, rung: -1, indent: -1 }];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const starts = lineStartKeys(lines, scheme);

  lines.forEach((raw, i) => {
    const content = raw.trim();
    if (content === "") return;
    const indent = raw.length - raw.trimStart().length;
    if (content === GAP && stack.length > 1) {
      stack.pop();
      append(stack[stack.length - 1]!.node, GAP);
      return;
    }
    let rest = content;
    let placed = 0;
    for (;;) {
      const read = readLabel(rest, scheme);
      if (!read) break;
      const after = read.rest.trimStart();
      if (placed === 0 && CROSS_REFERENCE.test(after)) break;
      let pick: Candidate | undefined;
      if (placed === 0) {
        pick = choose(candidates(stack, read.token, scheme), stack, indent, read.token, starts.slice(i + 1));
      } else {
        // A chained label ("(b) (1)") can only open the new node's first list.
        const deepest = stack[stack.length - 1]!;
        const firsts = read.token.readings
          .filter((r) => r.ordinal === 1 && ladder.indexOf(r.kind) > deepest.rung)
          .sort((a, b) => ladder.indexOf(a.kind) - ladder.indexOf(b.kind));
        if (firsts[0]) pick = { parentAt: stack.length - 1, reading: firsts[0], score: 3, sibling: false };
      }
      if (!pick) break;
      stack.length = pick.parentAt + 1;
      const parent = stack[pick.parentAt]!.node;
      const rung = ladder.indexOf(pick.reading.kind);
      const node = makeNode(read.token, rung, parent);
      parent.children.push(node);
      stack.push({ node, kind: pick.reading.kind, ordinal: pick.reading.ordinal, rung, indent: placed === 0 ? indent : undefined });
      rest = after;
      placed++;
    }
    if (placed > 0) {
      stack[stack.length - 1]!.node.text = rest;
      return;
    }
    // Unlabelled: flush text closing a list goes to the tail of the list's owner.
    let owner = stack.length - 1;
    for (let j = stack.length - 2; j >= 0; j--) {
      const childIndent = stack[j + 1]!.indent;
      if (childIndent !== undefined && childIndent > indent && (stack[j]!.indent ?? -1) <= indent) { owner = j; break; }
    }
    stack.length = owner + 1;
    append(stack[owner]!.node, content);
  });
  return root;
}

function renderLines(node: ProvisionNode, indent: string, depth: number): string[] {
  const pad = indent.repeat(Math.max(0, depth - 1));
  const own = node.text === "" ? [] : node.text.split("\n");
  const children = node.children.map((c) => renderLines(c, indent, depth + 1));
  // "(b) (1) Implement …": a provision with no words of its own shares its line with its first child.
  const chained = node.label !== "" && own.length === 0 && children.length > 0;
  const lines: string[] = [];
  if (node.label === "") lines.push(...own);
  else if (chained) children[0]![0] = `${pad}${node.label} ${children[0]![0]!.trimStart()}`;
  else lines.push(`${pad}${node.label}${own.length ? ` ${own[0]}` : ""}`, ...own.slice(1));
  // A tail is told apart from the list before it only by indentation, so that list is always indented.
  const shift = node.tail === undefined ? "" : depth === 0 ? " " : indent || " ";
  children.forEach((c, i) => lines.push(...c.map((l, k) => (chained && i === 0 && k === 0 ? l : shift + l))));
  if (node.tail !== undefined) lines.push(...node.tail.split("\n").map((l) => pad + l));
  return lines;
}

/**
 * Prints a node and everything under it, one provision per line, as statute text.
 *
 * @example
 * provisionText(findProvision(parseProvisions("(a) Keep:\n  (1) the date.\n(b) Delete."), ["a"])!)
 * // "(a) Keep:\n(1) the date."
 */
export function provisionText(node: ProvisionNode, options: { indent?: string } = {}): string {
  return renderLines(node, options.indent ?? "", node.label === "" ? 0 : 1).join("\n");
}

/**
 * Prints a whole section back to statute text; `parseProvisions` ∘ `renderProvisions`
 * reproduces the input up to whitespace between provisions.
 *
 * @example
 * renderProvisions(parseProvisions("(a) One.\n  (1) Two.")) // "(a) One.\n(1) Two."
 */
export function renderProvisions(root: ProvisionNode, options: { indent?: string } = {}): string {
  return provisionText(root, options);
}

/**
 * Finds a provision by its path of keys; [] is the section itself.
 *
 * @example
 * findProvision(parseProvisions("(a) Keep a record:\n  (4) The purpose."), ["a", "4"])?.text // "The purpose."
 */
export function findProvision(root: ProvisionNode, path: readonly string[]): ProvisionNode | undefined {
  let node: ProvisionNode | undefined = root;
  for (const key of path) {
    node = node.children.find((c) => c.key === key);
    if (!node) return undefined;
  }
  return node;
}

/**
 * Every provision in document order, the section first.
 *
 * @example
 * walkProvisions(parseProvisions("(a) A.\n(b) B.")).map((n) => n.path.join("")) // ["", "a", "b"]
 */
export function walkProvisions(root: ProvisionNode): ProvisionNode[] {
  return [root, ...root.children.flatMap(walkProvisions)];
}
