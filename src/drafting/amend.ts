/**
 * The amendment engine: applies a bill's structured changes to one section's
 * provision tree and marks the section as amended against the law in force.
 *
 * Pure: a tree and changes in, a new tree and marked text out; the input tree is
 * never modified. Changes apply in order, each to the section as amended by the
 * changes before it, and any change that does not fit the text (a provision that
 * does not exist, words that are not there or are there more than once) stops
 * the whole amendment with an `AmendmentError` naming the provision, since a bill
 * that amends words the law does not contain cannot be printed.
 */
import { LEVELS, type NumberingScheme } from "../statutes/provisions-labels.js";
import { findProvision, renderProvisions, type ProvisionNode } from "../statutes/provisions.js";
import { compareSection } from "./compare-section.js";
import { fixCrossReferences, pathsOf, renumberFrom, repath, kindAt, keyFor } from "./amend-renumber.js";
import { AmendmentError, type AmendmentChange, type NewProvision, type Segment } from "./amend.schema.js";

export { AmendmentChange, AmendmentError, type Segment } from "./amend.schema.js";

export type AmendOptions = {
  /** Section number used in error messages: "1798.90.51" → "§ 1798.90.51(b)(2)(H) does not exist". */
  section?: string;
  /** Numbering ladder for new and relettered provisions; California by default. */
  scheme?: NumberingScheme;
};

export type AmendResult = { amended: ProvisionNode; marks: Segment[] };

function clone(node: ProvisionNode): ProvisionNode {
  return { ...node, path: [...node.path], children: node.children.map(clone) };
}

function cite(path: readonly string[], section?: string): string {
  const keys = path.map((k) => `(${k})`).join("");
  return section ? `§ ${section}${keys}` : keys || "the section";
}

function occurrences(text: string, words: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) at.push(i);
  return at;
}

/** Joins words to an insertion at a word boundary, with one space between. */
function splice(text: string, at: number, words: string): string {
  const head = text.slice(0, at);
  const tail = text.slice(at);
  const left = head === "" || /\s$/.test(head) ? "" : " ";
  const right = tail === "" || /^[\s,.;:)]/.test(tail) ? "" : " ";
  return `${head}${left}${words.trim()}${right}${tail}`;
}

/** Removes `length` characters at `at`, with the space before them unless they open the provision. */
function cut(text: string, at: number, length: number): string {
  const head = text.slice(0, at);
  const tail = text.slice(at + length);
  if (head.endsWith(" ") && (tail === "" || /^[\s,.;:)]/.test(tail))) return head.slice(0, -1) + tail;
  return head === "" ? tail.trimStart() : head + tail;
}

function build(spec: NewProvision, key: string, level: number, parentPath: string[], scheme: NumberingScheme): ProvisionNode {
  const node: ProvisionNode = { label: spec.label ?? `(${key})`, key, level: LEVELS[level]!, path: [...parentPath, key], text: spec.text, children: [] };
  const kind = kindAt(level + 1, scheme);
  node.children = (spec.children ?? []).map((c, i) => build(c, keyFor(kind, i + 1), level + 1, node.path, scheme));
  return node;
}

function apply(root: ProvisionNode, change: AmendmentChange, options: AmendOptions): void {
  const scheme = options.scheme ?? "ca";
  const target = findProvision(root, change.path);
  const name = cite(change.path, options.section);
  if (!target) throw new AmendmentError(`${name} does not exist`);
  /** Where the quoted words are, last first so edits do not shift the ones still to make. */
  const locate = (words: string, which: { occurrence?: number; all?: boolean }): number[] => {
    const found = occurrences(target.text, words);
    if (found.length === 0) throw new AmendmentError(`${name} does not contain "${words}"`);
    if (which.all) return found.reverse();
    if (which.occurrence !== undefined) {
      const at = found[which.occurrence - 1];
      if (at === undefined) throw new AmendmentError(`${name} contains "${words}" ${found.length === 1 ? "once" : `${found.length} times`}, not ${which.occurrence} times`);
      return [at];
    }
    if (found.length > 1) throw new AmendmentError(`${name} contains "${words}" ${found.length} times; quote more words, or say which occurrence (or all)`);
    return found;
  };
  switch (change.type) {
    case "replace":
      if (change.words === undefined) target.text = change.text;
      else
        for (const at of locate(change.words, change)) {
          const t = target.text;
          target.text = change.text.trim() === "" ? cut(t, at, change.words.length) : t.slice(0, at) + change.text.trim() + t.slice(at + change.words.length);
        }
      return;
    case "strike":
      for (const at of locate(change.words, change)) target.text = cut(target.text, at, change.words.length);
      return;
    case "insert": {
      const spots = change.after !== undefined ? locate(change.after, change).map((at) => at + change.after!.length) : change.before !== undefined ? locate(change.before, change) : [target.text.length];
      for (const at of spots) target.text = splice(target.text, at, change.text);
      return;
    }
    case "add-provision": {
      let index = 0;
      if (change.after !== undefined) {
        index = target.children.findIndex((c) => c.key === change.after) + 1;
        if (index === 0) throw new AmendmentError(`${cite([...change.path, change.after], options.section)} does not exist`);
      }
      const level = LEVELS.indexOf(target.level) + 1;
      const before = pathsOf(root);
      const node = build({ label: change.label, text: change.text, children: change.children }, "", level, target.path, scheme);
      target.children.splice(index, 0, node);
      renumberFrom(target, index, scheme);
      if (change.label !== undefined) node.label = change.label;
      repath(node, target.path);
      fixCrossReferences(root, before);
      return;
    }
    case "remove-provision": {
      const parent = findProvision(root, change.path.slice(0, -1))!;
      const index = parent.children.indexOf(target);
      const before = pathsOf(root);
      parent.children.splice(index, 1);
      renumberFrom(parent, index, scheme);
      fixCrossReferences(root, before);
      return;
    }
  }
}

/**
 * Applies changes to a section and marks the section as amended.
 *
 * @throws AmendmentError when a provision does not exist or struck words are absent or ambiguous
 * @example
 * const { amended, marks } = amendSection(root, [
 *   { type: "strike", path: ["a"], words: "reasonable " },
 *   { type: "add-provision", path: ["b"], after: "1", text: "Designate a privacy officer." },
 * ], { section: "1798.90.51" });
 * // marks: [{ text: "An ALPR operator …(a) Maintain ", kind: "same" }, { text: "reasonable ", kind: "deleted" }, …]
 */
export function amendSection(root: ProvisionNode, changes: readonly AmendmentChange[], options: AmendOptions = {}): AmendResult {
  const amended = clone(root);
  changes.forEach((change, i) => {
    try {
      apply(amended, change, options);
    } catch (err) {
      throw err instanceof AmendmentError ? err.at({ change: i }) : err;
    }
  });
  // Marked provision by provision, so a relettered provision reads "~~(D)~~ (C) …" and a removed one is struck whole.
  return { amended, marks: compareSection(renderProvisions(root), renderProvisions(amended)).redline };
}
