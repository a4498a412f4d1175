/**
 * A small structural check of Akoma Ntoso 3.0 bills, for tests: the parts of
 * the schema (akomantoso30.xsd, OASIS CS01) that a renderer most easily gets
 * wrong, without shipping the 6,600-line schema or a native XSD validator.
 * The content models below are transcribed from the schema's
 * `hierarchicalStructure`, `meta`, `identification`, `coreProperties` and the
 * `workProperties` / `exprProperties` / `manifProperties` groups.
 */
import { DOMParser, onWarningStopParsing, type Document, type Element } from "@xmldom/xmldom";

export const AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/** One child in a sequence: its name and how often it may occur. */
type Slot = [name: string, min: number, max: number];
const MANY = Infinity;

const BILL: Slot[] = [["meta", 1, 1], ["coverPage", 0, 1], ["preface", 0, 1], ["preamble", 0, 1], ["body", 1, 1], ["conclusions", 0, 1], ["attachments", 0, 1], ["components", 0, 1]];
const META: Slot[] = [
  ["identification", 1, 1], ["publication", 0, 1], ["classification", 0, MANY], ["lifecycle", 0, MANY], ["workflow", 0, MANY], ["analysis", 0, MANY],
  ["temporalData", 0, MANY], ["references", 0, MANY], ["notes", 0, MANY], ["proprietary", 0, MANY], ["presentation", 0, MANY],
];
const IDENTIFICATION: Slot[] = [["FRBRWork", 1, 1], ["FRBRExpression", 1, 1], ["FRBRManifestation", 1, 1], ["FRBRItem", 0, 1]];
const CORE: Slot[] = [["FRBRthis", 1, 1], ["FRBRuri", 1, MANY], ["FRBRalias", 0, MANY], ["FRBRdate", 1, MANY], ["FRBRauthor", 1, MANY], ["componentInfo", 0, 1], ["preservation", 0, 1]];
const LEVEL: Record<string, Slot[]> = {
  FRBRWork: [...CORE, ["FRBRcountry", 1, 1], ["FRBRsubtype", 0, 1], ["FRBRnumber", 0, MANY], ["FRBRname", 0, MANY], ["FRBRprescriptive", 0, 1], ["FRBRauthoritative", 0, 1]],
  FRBRExpression: [...CORE, ["FRBRversionNumber", 0, 1], ["FRBRauthoritative", 0, 1], ["FRBRmasterExpression", 0, 1], ["FRBRlanguage", 1, MANY], ["FRBRtranslation", 0, MANY]],
  FRBRManifestation: [...CORE, ["FRBRportion", 0, 1], ["FRBRformat", 0, 1]],
};
/** Attributes the schema marks use="required" on the elements checked here. */
const REQUIRED_ATTRS: Record<string, string[]> = {
  identification: ["source"], references: ["source"], notes: ["source"],
  FRBRthis: ["value"], FRBRuri: ["value"], FRBRcountry: ["value"], FRBRnumber: ["value"], FRBRdate: ["date", "name"], FRBRauthor: ["href"], FRBRlanguage: ["language"],
  TLCOrganization: ["href", "showAs"], formula: ["name"], container: ["name"], noteRef: ["href"], docDate: ["date"],
};
/** The hierarchy elements used for sections and their provisions (type `hierarchy`). */
const HIERARCHY = ["section", "subsection", "paragraph", "subparagraph", "clause", "subclause"];

/** Elements of type `inline` (mixed content) that may hold `ins` and `del`. */
const INLINE_PARENTS = new Set(["p", "num", "heading", "subheading", "span", "block", "inline", "mod", "ins", "del"]);

/**
 * Parses XML strictly: any well-formedness error or warning throws.
 * @example parseXml("<a/>").documentElement.localName // "a"
 */
export function parseXml(xml: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
}

/** An element's local name; xmldom types it nullable for nodes without one. */
export const nameOf = (e: Element): string => e.localName ?? "";

export function childElements(node: Element): Element[] {
  const out: Element[] = [];
  for (let n = node.firstChild; n; n = n.nextSibling) if (n.nodeType === n.ELEMENT_NODE) out.push(n as Element);
  return out;
}

export function descendants(node: Element, name?: string): Element[] {
  return childElements(node).flatMap((c) => [...(name === undefined || nameOf(c) === name ? [c] : []), ...descendants(c, name)]);
}

/** Problems with the children of `parent` against a sequence of slots. */
function checkSequence(parent: Element, slots: Slot[], where: string): string[] {
  const kids = childElements(parent).map(nameOf);
  const problems: string[] = [];
  let at = 0;
  for (const [name, min, max] of slots) {
    let count = 0;
    while (at < kids.length && kids[at] === name && count < max) {
      at++;
      count++;
    }
    if (count < min) problems.push(`${where}: expected <${name}>${kids[at] ? ` before <${kids[at]}>` : ""}`);
  }
  if (at < kids.length) problems.push(`${where}: <${kids[at]}> is not allowed here (children: ${kids.join(", ")})`);
  return problems;
}

/**
 * Everything wrong with an Akoma Ntoso bill, as messages; empty when it passes.
 * @example checkAknBill(parseXml(renderBillAkn(bill))) // []
 */
export function checkAknBill(doc: Document): string[] {
  const root = doc.documentElement;
  if (!root || root.localName !== "akomaNtoso" || root.namespaceURI !== AKN_NS) return [`root must be <akomaNtoso> in ${AKN_NS}`];
  const problems: string[] = [];
  const all = descendants(root);
  for (const e of all) if (e.namespaceURI !== AKN_NS) problems.push(`<${e.tagName}> is outside the AKN namespace`);

  const docs = childElements(root).filter((c) => c.localName !== "components");
  const bills = docs.filter((c) => c.localName === "bill");
  if (docs.length !== 1 || bills.length !== 1) return [...problems, `<akomaNtoso> must hold exactly one <bill> (found: ${docs.map((d) => d.localName).join(", ") || "none"})`];
  const bill = bills[0]!;
  if (!bill.getAttribute("name")) problems.push("<bill> needs a name attribute");
  problems.push(...checkSequence(bill, BILL, "bill"));

  const meta = childElements(bill).find((c) => c.localName === "meta");
  if (meta) problems.push(...checkSequence(meta, META, "meta"));
  const identification = meta && childElements(meta).find((c) => c.localName === "identification");
  if (identification) {
    problems.push(...checkSequence(identification, IDENTIFICATION, "identification"));
    for (const level of childElements(identification)) {
      const slots = LEVEL[nameOf(level)];
      if (slots) problems.push(...checkSequence(level, slots, nameOf(level)));
    }
  }

  for (const e of all) {
    for (const attr of REQUIRED_ATTRS[nameOf(e)] ?? []) if (!e.getAttribute(attr)) problems.push(`<${e.localName}> needs ${attr}`);
  }
  const seen = new Set<string>();
  for (const e of all) {
    const id = e.getAttribute("eId");
    if (id === null) continue;
    if (!/^\S+$/.test(id)) problems.push(`eId "${id}" contains white space`);
    if (seen.has(id)) problems.push(`eId "${id}" is used more than once`);
    seen.add(id);
  }
  for (const mark of [...descendants(bill, "ins"), ...descendants(bill, "del")]) {
    const parent = mark.parentNode as Element | null;
    if (!parent || !INLINE_PARENTS.has(nameOf(parent))) problems.push(`<${mark.localName}> inside <${parent?.localName}>, which is not inline content`);
  }
  for (const mod of descendants(bill, "mod")) {
    if (!childElements(mod).some((c) => c.localName === "quotedStructure" || c.localName === "quotedText")) problems.push(`<mod eId="${mod.getAttribute("eId")}"> quotes no text`);
  }
  for (const level of HIERARCHY) {
    for (const node of descendants(bill, level)) {
      // hierarchy: num/heading first, then either <content>, or intro?, nested hierarchy, wrapUp?.
      const kids = childElements(node).map(nameOf).filter((n) => !["num", "heading", "subheading"].includes(n));
      const where = `<${level} eId="${node.getAttribute("eId")}">`;
      if (kids.includes("content") && kids.length > 1) problems.push(`${where} mixes <content> with other children`);
      if (kids.length === 0) problems.push(`${where} has neither content nor children`);
      const nested = kids.filter((k) => HIERARCHY.includes(k));
      if ((kids.includes("intro") || kids.includes("wrapUp")) && nested.length === 0) problems.push(`${where} has an intro or wrapUp but no nested provisions`);
      if (kids.includes("intro") && kids[0] !== "intro") problems.push(`${where}: intro must come before the nested provisions`);
      if (kids.includes("wrapUp") && kids[kids.length - 1] !== "wrapUp") problems.push(`${where}: wrapUp must come after the nested provisions`);
    }
  }
  return problems;
}
