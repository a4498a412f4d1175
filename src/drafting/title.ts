/**
 * The title of a California bill, generated from its operations the way
 * Legislative Counsel writes it: per code, the verb groups in the order
 * amend, amend and repeal, add, add a unit, add and repeal, repeal, repeal and
 * add, each naming its sections in numeric order; codes in alphabetical order;
 * "relating to" the subject. Uncodified sections do not appear in the title.
 *
 * The group order is the one current titles follow (e.g. SB 54 (2022): "to
 * amend Section 41821.5 of, to add Chapter 3 … of, and to repeal Section 42064
 * of, the Public Resources Code"); some older titles put repeals before adds.
 * A section both added and repealed reads in the order its operations come:
 * "add and repeal" (added with a sunset), "repeal and add" (replaced).
 */
import { CA_CODE_NAMES, type BillInput, type CodeId, type Operation } from "./bill.schema.js";

type Verb = "amend" | "repeal" | "add";
/** The order of verb groups within one code; a combination not listed goes last. */
const GROUP_ORDER = ["amend", "amend and repeal", "amend and add", "amend, repeal, and add", "add", "add-unit", "add and repeal", "repeal", "repeal-unit", "repeal and add"];
const groupRank = (group: string) => (GROUP_ORDER.includes(group) ? GROUP_ORDER.indexOf(group) : GROUP_ORDER.length);

/**
 * Generates the bill's title.
 * @example
 * billTitle({ house: "Senate", authors: ["Wiener"], subject: "personal information", operations: [
 *   { op: "amend", code: "civ", section: "1798.90.51", changes: [] },
 *   { op: "add", code: "civ", section: "1798.90.56" },
 * ] })
 * // "An act to amend Section 1798.90.51 of, and to add Section 1798.90.56 to, the Civil Code, relating to personal information."
 */
export function billTitle(input: Pick<BillInput, "subject" | "operations" | "digestKey">): string {
  const byCode = new Map<CodeId, Operation[]>();
  for (const op of input.operations) {
    if (op.op === "uncodified") continue;
    byCode.set(op.code, [...(byCode.get(op.code) ?? []), op]);
  }
  const codes = [...byCode.keys()].sort((a, b) => CA_CODE_NAMES[a].localeCompare(CA_CODE_NAMES[b]));
  const perCode = codes.map((code) => codeClause(CA_CODE_NAMES[code], byCode.get(code) ?? []));
  const acts = perCode.length === 0 ? "" : ` ${clauses(perCode)},`;
  // An appropriation and an urgency clause close the title, in that order.
  const tails = [
    input.digestKey?.appropriation ? "making an appropriation therefor" : undefined,
    input.operations.some((op) => op.op === "uncodified" && op.kind === "urgency") ? "declaring the urgency thereof, to take effect immediately" : undefined,
  ].filter((t): t is string => t !== undefined);
  return `An act${acts} relating to ${input.subject.replace(/\.$/, "")}${tails.length === 0 ? "" : tails.length === 1 ? `, and ${tails[0]}` : `, ${clauses(tails)}`}.`;
}

/** One verb group: "amend Sections 1 and 2 of", or for units "add Part 1 (…) to" plus the parent they go in. */
type Item = { group: string; first: string; head: string; unitOf?: string };

/**
 * "to amend Section 1 of the Civil Code" or "to amend Section 1 of, and to add Section 2 to, the Civil Code".
 * When every group adds or repeals units of one parent, the parent is said once at the end:
 * "to add Part 4.5.5 (…) to, and to repeal Part 4.5.5 (…) of, Division 2 of the Labor Code" (AB 1228, 2023).
 */
function codeClause(codeName: string, ops: Operation[]): string {
  const items = verbItems(ops);
  const parents = new Set(items.map((i) => i.unitOf));
  const shared = items.length > 1 && parents.size === 1 ? [...parents][0] : undefined;
  const texts = items.map((i) => (i.unitOf && !shared ? `${i.head} ${i.unitOf} of` : i.head));
  const where = shared ? `${shared} of the ${codeName}` : `the ${codeName}`;
  if (texts.length === 1) return `to ${texts[0]} ${where}`;
  return `${clauses(texts.map((t) => `to ${t}`))}, ${where}`;
}

/** Each verb group of one code, ending with its preposition: "amend Sections 1 and 2 of", "add Section 3 to", "add Part 1 (…) and Part 2 (…) to Division 7 of". */
function verbItems(ops: Operation[]): Item[] {
  const verbsBySection = new Map<string, Verb[]>();
  const units = new Map<string, { group: string; parent?: string; names: { first: string; text: string }[] }>();
  for (const op of ops) {
    if (op.op === "amend" || op.op === "add" || op.op === "repeal") {
      const verbs = verbsBySection.get(op.section) ?? [];
      if (!verbs.includes(op.op)) verbs.push(op.op);
      verbsBySection.set(op.section, verbs);
    } else if (op.op === "add-unit" || op.op === "repeal-unit") {
      const key = `${op.op}|${op.parent ?? ""}`;
      const entry = units.get(key) ?? { group: op.op, parent: op.parent, names: [] };
      entry.names.push({ first: op.commencing, text: `${op.unit} ${op.number} (commencing with Section ${op.commencing})` });
      units.set(key, entry);
    }
  }
  const items: Item[] = [];
  for (const { group, parent, names } of units.values()) {
    const sorted = names.sort((a, b) => compareSections(a.first, b.first));
    const [verb, prep] = group === "add-unit" ? ["add", "to"] : ["repeal", "of"];
    items.push({ group, first: sorted[0]!.first, head: `${verb} ${series(sorted.map((n) => n.text))} ${prep}`, ...(parent ? { unitOf: parent } : {}) });
  }
  const sectionsByGroup = new Map<string, string[]>();
  for (const [section, verbs] of verbsBySection) {
    const group = series(verbs);
    sectionsByGroup.set(group, [...(sectionsByGroup.get(group) ?? []), section]);
  }
  for (const [group, sections] of sectionsByGroup) {
    const sorted = sections.sort(compareSections);
    const prep = group === "add" ? "to" : "of";
    items.push({ group, first: sorted[0] ?? "", head: `${group} ${sections.length === 1 ? "Section" : "Sections"} ${series(sorted)} ${prep}` });
  }
  return items.sort((a, b) => groupRank(a.group) - groupRank(b.group) || compareSections(a.first, b.first));
}

/** "A", "A and B", "A, B, and C": a list of section numbers or of verbs. */
function series(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

/** "A", "A, and B", "A, B, and C": clauses that each end in a preposition or a code name. */
function clauses(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

/** Section numbers compared segment by segment: 1798.90.5 < 1798.90.51 < 1798.90.56 < 1798.91 < 1798.100. */
export function compareSections(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const diff = Number.parseInt(x, 10) - Number.parseInt(y, 10);
    if (diff !== 0) return diff;
    const suffix = x.replace(/^\d+/, "").localeCompare(y.replace(/^\d+/, ""));
    if (suffix !== 0) return suffix;
  }
  return 0;
}
