/**
 * The Akoma Ntoso node model the bill renderer builds, and the quoted code
 * section as a hierarchy: a printed section is flat lines ("(b) (1) Implement
 * …", "(2) The policy shall …"), but Akoma Ntoso nests provisions — subsection
 * (a), paragraph (1), subparagraph (A), clause (i), subclause (I) — each with
 * its `num` and its `content`, or an `intro` before and a `wrapUp` after its
 * children. A relettered label keeps its marks inside `num`
 * (`<num><del>(d)</del><ins>(c)</ins></num>`).
 */
import type { Segment } from "../amend.schema.js";
import type { Line } from "../assemble.js";

export type Kid = Node | string;
export type Node = { name: string; attrs: Record<string, string | undefined>; kids: Kid[] };

export function el(name: string, attrs: Record<string, string | undefined> = {}, kids: Kid[] = []): Node {
  return { name, attrs, kids };
}

/** A printed line's runs: struck words as `<del>`, new words as `<ins>`. */
export function runs(line: Line): Kid[] {
  return line.map((s) => (s.kind === "same" ? s.text : el(s.kind === "inserted" ? "ins" : "del", {}, [s.text])));
}

export const p = (kids: Kid[], cls?: string) => el("p", { class: cls }, kids);

/** California's provision ladder, outermost first, with Akoma Ntoso's names and eId prefixes. */
const LEVELS = [
  { name: "subsection", id: "subsec" },
  { name: "paragraph", id: "para" },
  { name: "subparagraph", id: "subpara" },
  { name: "clause", id: "clause" },
  { name: "subclause", id: "subclause" },
] as const;

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * The level of a label: (a) 0, (1) 1, (A) 2, (i) 3, (I) 4. A roman-looking
 * letter is a clause (or subclause) when a subparagraph (clause) is open,
 * unless it is the next letter after its level's last label: "(i)" after
 * "(h)" is a subdivision, "(i)" under "(A)" a clause.
 */
function levelOf(label: string, open: number, last: readonly (string | undefined)[]): number {
  if (/^\d/.test(label)) return 1;
  const lower = label === label.toLowerCase();
  const [letter, roman] = lower ? [0, 3] : [2, 4];
  if (!ROMAN.test(label.toLowerCase())) return letter;
  const prev = last[letter];
  if (label.length === 1 && prev?.length === 1 && prev.charCodeAt(0) + 1 === label.charCodeAt(0)) return letter;
  return open >= roman - 1 ? roman : letter;
}

type Num = { label: string; runs: Segment[] };

/** Splits the labels that open a line ("(b) (1) …", or relettered "~~(d)~~(c) …") from its text. */
function leadingNums(line: Line): { nums: Num[]; rest: Segment[] } {
  const segs = line.map((s) => ({ ...s }));
  const nums: Num[] = [];
  for (;;) {
    const head = segs[0];
    if (!head) break;
    const m = /^\s*\(([0-9A-Za-z]{1,6})\)/.exec(head.text);
    if (!m) break;
    const token: Segment = { text: m[0].trim(), kind: head.kind };
    head.text = head.text.slice(m[0].length);
    if (head.text.trim() === "") segs.shift();
    const prev = nums[nums.length - 1];
    // A struck label followed by the label that replaces it is one num: the provision relettered.
    if (prev && prev.runs.length === 1 && prev.runs[0]!.kind === "deleted" && token.kind === "inserted") {
      prev.runs.push(token);
      prev.label = m[1]!;
    } else nums.push({ label: m[1]!, runs: [token] });
  }
  if (segs[0]) segs[0].text = segs[0].text.trimStart();
  return { nums, rest: segs.filter((s) => s.text !== "") };
}

type Frame = { level: number; node: Node; text: Kid[][]; children: Node[]; after: Kid[][] };

/** A frame becomes its element: `content` when it has no children, else `intro`, children and `wrapUp`. */
function close(f: Frame): Node {
  const body: Node[] = f.children.length === 0
    ? [el("content", {}, (f.text.length ? f.text : [[""]]).map((k) => p(k)))]
    : [...(f.text.length ? [el("intro", {}, f.text.map((k) => p(k)))] : []), ...f.children, ...(f.after.length ? [el("wrapUp", {}, f.after.map((k) => p(k)))] : [])];
  f.node.kids.push(...body);
  return f.node;
}

/**
 * The quoted section's body as Akoma Ntoso hierarchy, or undefined when its
 * lines do not read as a provision ladder (then the caller prints them flat).
 *
 * @example
 * sectionBody([[{ text: "Intro:", kind: "same" }], [{ text: "(a) One.", kind: "same" }]], "s")
 * // [intro(p "Intro:"), subsection#s__subsec_a(num "(a)", content(p "One."))]
 */
export function sectionBody(lines: Line[], baseId: string): Node[] | undefined {
  const root: Frame = { level: -1, node: el("root"), text: [], children: [], after: [] };
  const stack: Frame[] = [root];
  const used = new Set<string>();
  const last: (string | undefined)[] = [];
  for (const line of lines) {
    const { nums, rest } = leadingNums(line);
    if (nums.length === 0) {
      const top = stack[stack.length - 1]!;
      (top.children.length ? top.after : top.text).push(runs(rest));
      continue;
    }
    for (const [i, num] of nums.entries()) {
      const level = levelOf(num.label, stack[stack.length - 1]!.level, last);
      while (stack[stack.length - 1]!.level >= level) {
        const f = stack.pop()!;
        stack[stack.length - 1]!.children.push(close(f));
      }
      const parent = stack[stack.length - 1]!;
      if (level !== parent.level + 1) return undefined;
      const { name, id } = LEVELS[level]!;
      let eId = `${parent === root ? baseId : parent.node.attrs.eId}__${id}_${num.label.replace(/[^0-9A-Za-z]/g, "")}`;
      while (used.has(eId)) eId += "_x";
      used.add(eId);
      last.splice(level, last.length, num.label);
      const frame: Frame = { level, node: el(name, { eId }, [el("num", {}, runs(num.runs))]), text: [], children: [], after: [] };
      if (i === nums.length - 1 && rest.length) frame.text.push(runs(rest));
      stack.push(frame);
    }
  }
  while (stack.length > 1) {
    const f = stack.pop()!;
    stack[stack.length - 1]!.children.push(close(f));
  }
  if (root.children.length === 0) return undefined;
  return [...(root.text.length ? [el("intro", {}, root.text.map((k) => p(k)))] : []), ...root.children, ...(root.after.length ? [el("wrapUp", {}, root.after.map((k) => p(k)))] : [])];
}
