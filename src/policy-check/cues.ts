/**
 * The kinds of language that mention an element without stating it, as a
 * strict reader (the State Auditor) reads them:
 * - **delegation**: "The ALPR Administrator shall develop guidelines … (b) training
 *   requirements" says someone will write the element, not what it is;
 * - **cross-reference**: "See Policy 804 – Records Retention", "as described in SOP 205"
 *   points to another document;
 * - **negation**: "The Department does not audit …" says the element is absent;
 * - **topic lists**: "Training shall include: … the authorized purposes …" names a
 *   subject someone will be taught, not what the policy says about it;
 * - **quotation**: statutory text quoted in a block quotation;
 * - **citation**: words inside "Civil Code § 1798.90.52" are not policy content;
 * - a **heading** that only names a topic ("AUDITS") states nothing.
 * Computed lazily, only for sentences where some concept was found.
 */
import type { ConceptHit } from "./concept-index.js";
import type { PolicyDocument, PolicyUnit } from "./policy-check.types.js";

export type Discount = "citation" | "cross-reference" | "delegation" | "topic" | "negation" | "quotation" | "heading";

interface Span {
  from: number;
  to: number;
}

export interface UnitCues {
  citations: Span[];
  /** Spans naming another document, with that document's name. */
  references: (Span & { title: string })[];
  /** The whole sentence only points to another document (its name). */
  pointer?: string;
  /** Spans whose content is left for someone to develop or determine, with the wording that does it. */
  delegated: (Span & { cue: string })[];
  /** The sentence is an item in a list of training or review topics (the list's lead-in). */
  topicOf?: string;
  /** Clauses that say something is not done, each with its negating words. */
  negated: (Span & { negator: Span })[];
}

const CITATION = new RegExp(
  [
    String.raw`\b(?:Cal(?:ifornia)?\.?\s+)?(?:Civil|Civ\.|Penal|Pen\.|Government|Gov(?:'t)?\.?|Vehicle|Veh\.|Evidence|Evid\.)\s+Code(?:\s*(?:§+|sections?|sec\.)?\s*\d[\d.]*(?:\s*\([A-Za-z0-9]+\))*(?:\s*et\s+seq\.?)?)?`,
    String.raw`\b(?:Minn(?:esota)?\.?\s+Stat(?:utes?|s?\.)?|Florida\s+Statutes?|F\.S\.|Fla\.\s+Stat\.|RCW|V\.S\.A\.|Vt\.\s+Stat\.\s+Ann\.)\s*(?:§+|sections?|chapter)?\s*\d[\d.]*[A-Za-z]?(?:,?\s*(?:subd(?:ivision)?s?\.?)\s*\d+)?`,
    String.raw`§+\s*\d[\d.]*(?:\s*\([A-Za-z0-9]+\))*`,
    String.raw`\b\d+\s+U\.?S\.?C\.?\s*§*\s*\d[\d.]*`,
    String.raw`\b[AS]B\s*\d{1,4}\b`,
  ].join("|"),
  "g",
);

const REFERENCE_CUE =
  /\b(?:see(?:\s+also)?|refer\s+to|as\s+(?:described|provided|set\s+forth|outlined|specified|defined|detailed|required|stated|discussed|delineated)\s+(?:in|by|under)|in\s+accordance\s+with|in\s+compliance\s+with|pursuant\s+to|according\s+to|consistent\s+with|governed\s+by|set\s+forth\s+in|addressed\s+in|based\s+on|(?:is|are)\s+(?:described|covered|found|contained|delineated)\s+in|per)\s+/gi;
/** A document's name ends in a word like "Policy" or "Schedule", or has one followed by its number: "Policy 804 – Records Retention", "SOP 205". */
const DOCUMENT_WORD =
  /\b(?:polic(?:y|ies)|procedures?|SOP|manual|orders?|directives?|guidelines|schedules?|sections?|chapters?|statutes?|code|act|laws?|agreements?|plans?|standards|regulations|memorandum|MOU|contract|PIA|assessment)\b(?=\s*(?:$|\d|[–—-]\s|\(|§))/i;
/** "… will be processed as provided in the Records Release Policy": the whole sentence defers to the other document. */
const DEFERRED_VERB = String.raw`(?:processed|handled|addressed|governed|managed|treated|conducted|released|retained|stored|destroyed|purged|deleted|disposed\s+of|maintained|reviewed|determined)`;
const DEFERS = new RegExp(
  String.raw`\b(?:will|shall|must|should|are|is)\s+be\s+${DEFERRED_VERB}(?:\s*(?:,|and|or|,\s*and|,\s*or)\s+${DEFERRED_VERB})*\s+(?:as\s+(?:provided|described|set\s+forth|outlined|specified|required)\s+(?:in|by|under)|in\s+accordance\s+with|pursuant\s+to|according\s+to|consistent\s+with|under|per)\s`,
  "i",
);
const TOPIC_LEAD_IN =
  /\b(?:training|course|curriculum|instruction|orientation|briefing)\b[^.]{0,100}?\b(?:shall|will|must|should)\s+(?:include|cover|address|consist\s+of)\b|\breview\s+(?:information|items|matters)\s+such\s+as\b|\btopics\b/i;
const POINTER = /^\s*(?:\(?[A-Za-z0-9]{1,3}[.)]\s*)?(?:see|refer\s+to|please\s+refer|for\s+[^,]{1,100},\s*(?:see|refer\s+to|consult|please\s+refer))\b/i;

const DELEGATE =
  /\b(?:shall|will|should|must|is|are|to)\s+(?:be\s+)?(?:responsible\s+for\s+|tasked\s+with\s+|charged\s+with\s+)?(?:develop|establish|creat|draft|prepar|writ|adopt|promulgat|formulat|design|defin|determin)(?:e|es|ed|ing|s)?\b(?=[^.;]{0,60}?\b(?:guidelines|procedures?|protocols?|polic(?:y|ies)|rules|standards|requirements|criteria|descriptions?|process(?:es)?|plans?)\b)|\bresponsible\s+for\s+(?:developing|establishing|creating|drafting|preparing|writing|adopting|formulating|defining|determining)\b/gi;
const DETERMINED_BY = /\b(?:will|shall|to|may|should)\s+be\s+(?:determined|decided|set|established|specified)\s+by\b|\bas\s+determined\s+by\b/gi;

const CLAUSE_BREAK = /[;:]|,\s*(?:but|however)\b|\s(?:but|however)\s/g;
const NEGATOR =
  /\b(?:does|do|did|is|are|was|were|has|have|had)\s+not\b|\b(?:doesn't|don't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't)\b|\bnot\s+(?:currently|presently|yet)\b|\bneither\b|\bmakes?\s+no\b|\bthere\s+(?:is|are|will\s+be)\s+no\b|\bnever\s+(?:been\s+)?\w+ed\b/gi;
const BARE_NO = /\bno\s+(?!later\b|less\b|more\b|longer\b|sooner\b|earlier\b|greater\b|fewer\b|other\b|one\b)\w/gi;
const MODAL = /\b(?:shall|may|must|will|should|can|cannot|could|would)\b/i;
const EXCEPTION = /\b(?:unless|except|other\s+than|only|without|until|beyond|longer\s+than|more\s+than|after|before|prior\s+to|outside)\b/i;
const SUBORDINATE = /\b(?:that|which|who|whom|whose|if|when|whenever|where|whether|because|although|though|unless)\b/i;
/** A heading that says something ("Only Employees With ACCESS Level 1 Certification May Access ALPR Data"), not just a topic. */
const STATEMENT_HEADING = /\b(?:may|shall|must|will|should|is|are|be|only)\b/i;

const spans = (re: RegExp, text: string) => {
  const out: (Span & { m: RegExpExecArray })[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ from: m.index, to: m.index + m[0].length, m });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
};

function references(text: string, citations: Span[]): UnitCues["references"] {
  const out: UnitCues["references"] = [];
  for (const cue of spans(REFERENCE_CUE, text)) {
    const rest = text.slice(cue.to, cue.to + 110);
    const stop = rest.search(/[.;,](?:\s|$)|\s(?:and|or|to|for|when|if|which|that)\s+(?:is|are|will|shall|must|may|should)\b/);
    const name = (stop >= 0 ? rest.slice(0, stop) : rest).replace(/\s+$/, "");
    if (!DOCUMENT_WORD.test(name) && !citations.some((c) => c.from >= cue.to && c.from < cue.to + name.length + 1)) continue;
    const title = name.replace(/^(?:(?:the|our|this|its|their|own|an?)\s+)+/i, "").replace(/[“”"]/g, "").replace(/[):.\s]+$/, "");
    out.push({ from: cue.from, to: cue.to + name.length, title });
  }
  return out;
}

function clauses(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const b of spans(CLAUSE_BREAK, text)) {
    out.push({ from, to: b.from });
    from = b.to;
  }
  out.push({ from, to: text.length });
  return out;
}

function negatedClauses(text: string): UnitCues["negated"] {
  const out: UnitCues["negated"] = [];
  for (const c of clauses(text)) {
    const clause = text.slice(c.from, c.to);
    if (EXCEPTION.test(clause)) continue;
    const negators = [...spans(NEGATOR, clause), ...(MODAL.test(clause) ? [] : spans(BARE_NO, clause))];
    const main = negators.filter((n) => !SUBORDINATE.test(clause.slice(0, n.from)));
    if (main.length) out.push(...main.map((n) => ({ from: c.from, to: c.to, negator: { from: c.from + n.from, to: c.from + n.to } })));
  }
  return out;
}

/** Lists whose lead-in delegates them ("shall be responsible for developing …:") or presents them as topics ("Training shall include:"). */
function leadInKinds(doc: PolicyDocument): Map<number, { kind: "delegation" | "topic"; text: string }> {
  const out = new Map<number, { kind: "delegation" | "topic"; text: string }>();
  for (const u of doc.units) {
    if (!u.leadIn || u.group === undefined || out.get(u.group)?.kind === "delegation") continue;
    if (spans(DELEGATE, u.text).length) out.set(u.group, { kind: "delegation", text: u.text });
    else if (TOPIC_LEAD_IN.test(u.text)) out.set(u.group, { kind: "topic", text: u.text });
  }
  return out;
}

interface DocumentCues {
  units: (UnitCues | undefined)[];
  /** Sentences that refer to another document, found on first use. */
  referring?: number[];
  leadIns: Map<number, { kind: "delegation" | "topic"; text: string }>;
}

const cache = new WeakMap<PolicyDocument, DocumentCues>();

function documentCues(doc: PolicyDocument): DocumentCues {
  let c = cache.get(doc);
  if (!c) cache.set(doc, (c = { units: [], leadIns: leadInKinds(doc) }));
  return c;
}

/** The language cues of one sentence (cached per document). */
export function cuesOf(doc: PolicyDocument, index: number): UnitCues {
  const dc = documentCues(doc);
  const cached = dc.units[index];
  if (cached) return cached;
  const unit = doc.units[index]!;
  const text = unit.text;
  const citations = spans(CITATION, text).map(({ from, to }) => ({ from, to }));
  const refs = references(text, citations);
  const delegated: UnitCues["delegated"] = [];
  const leadIn = unit.group !== undefined && !unit.leadIn ? dc.leadIns.get(unit.group) : undefined;
  if (leadIn?.kind === "delegation") delegated.push({ from: 0, to: text.length, cue: leadIn.text });
  for (const d of spans(DELEGATE, text)) delegated.push({ from: d.to, to: text.length, cue: text });
  for (const d of spans(DETERMINED_BY, text)) {
    const clause = clauses(text).find((c) => c.from <= d.from && d.from <= c.to)!;
    delegated.push({ from: clause.from, to: d.from, cue: text });
  }
  const negated = negatedClauses(text);
  let pointer: string | undefined;
  if (POINTER.test(text) || (refs.length && DEFERS.test(text))) pointer = refs[0]?.title ?? text.replace(POINTER, "").replace(/^[\s,]*(?:the\s+)?/i, "").replace(/[.\s]+$/, "");
  else if (refs.length) {
    let rest = text;
    for (const s of [...refs, ...citations].sort((a, b) => b.from - a.from)) rest = rest.slice(0, s.from) + rest.slice(s.to);
    const words = rest.match(/[A-Za-z]{3,}/g) ?? [];
    if (words.length < 3) pointer = refs[0]!.title;
  }
  const cues: UnitCues = { citations, references: refs, ...(pointer ? { pointer } : {}), delegated, negated, ...(leadIn?.kind === "topic" ? { topicOf: leadIn.text } : {}) };
  dc.units[index] = cues;
  return cues;
}

/**
 * Sentences that only point to another document ("See Policy 804 – Records
 * Retention", "… will be processed as provided in the Records Release Policy"),
 * found once per document.
 */
export function referringUnits(doc: PolicyDocument): number[] {
  const dc = documentCues(doc);
  if (!dc.referring) {
    dc.referring = [];
    doc.units.forEach((u, i) => {
      REFERENCE_CUE.lastIndex = 0;
      if (!REFERENCE_CUE.test(u.text) && !POINTER.test(u.text)) return;
      if (cuesOf(doc, i).pointer !== undefined) dc.referring!.push(i);
    });
  }
  return dc.referring;
}

const inside = (s: Span, from: number, to: number) => from >= s.from && to <= s.to;
const overlaps = (s: Span, from: number, to: number) => from < s.to && to > s.from;

/**
 * Why a concept found in a sentence does not count as the policy stating it, or `null` when it does.
 *
 * @example
 * discountOf(doc, hit) // "delegation" for "(b) Training requirements for authorized users." under "… shall be responsible for developing guidelines …"
 */
export function discountOf(doc: PolicyDocument, hit: ConceptHit): Discount | null {
  const unit: PolicyUnit = doc.units[hit.unit]!;
  if (unit.quoted) return "quotation";
  if (unit.role === "heading" && !STATEMENT_HEADING.test(unit.text)) return "heading";
  const cues = cuesOf(doc, hit.unit);
  if (cues.citations.some((c) => overlaps(c, hit.start, hit.end))) return "citation";
  if (cues.pointer !== undefined || cues.references.some((r) => overlaps(r, hit.start, hit.end))) return "cross-reference";
  if (cues.delegated.some((d) => inside(d, hit.start, hit.end))) return "delegation";
  if (cues.topicOf !== undefined) return "topic";
  if (cues.negated.some((n) => inside(n, hit.start, hit.end) && !overlaps(n.negator, hit.start, hit.end))) return "negation";
  return null;
}
