/**
 * One requirement judged from its own required concepts: which hits count
 * (after the language cues of `cues.ts`), which vague stand-ins make it at
 * least partial (`vague.ts`), the evidence to quote, and the reasons in plain
 * words. `assess.ts` combines these into parents and the result.
 */
import type { RequirementInput } from "../checklists/checklist.schema.js";
import { findConcepts, type CompiledChecklist, type ConceptHit } from "./concept-index.js";
import { cuesOf, discountOf, referringUnits, type Discount } from "./cues.js";
import type { ElementStatus, PolicyEvidence } from "./policy-check.schema.js";
import type { PolicyDocument } from "./policy-check.types.js";
import { absentReason, conceptPhrase, evidenceOf, excerpt, foundReason, locate } from "./reasons.js";
import { stemPhrase } from "./stems.js";
import { subjectsFor } from "./subjects.js";
import { findVague, vagueKindOf, vagueReason, type VagueFinding } from "./vague.js";

/** Words too common in requirement titles and concept ids to tell what a section or a sentence is about. */
const GENERIC_STEMS = new Set(["alpr", "data", "system", "polici", "information", "inform", "record", "with", "from", "that", "their", "other", "each", "every", "find", "process", "period", "stat", "measur", "requir", "policy", "review", "list", "method", "user", "usag"]);

export interface Partition {
  valid: ConceptHit[];
  /** Units of the valid hits. */
  units: Set<number>;
  discounted: (ConceptHit & { why: Discount })[];
}

const hitCache = new WeakMap<PolicyDocument, Map<CompiledChecklist, Partition[]>>();

/** Each concept's hits, split into those that count and those discounted (one valid hit per sentence). */
export function partitionHits(doc: PolicyDocument, compiled: CompiledChecklist): Partition[] {
  let byChecklist = hitCache.get(doc);
  if (!byChecklist) hitCache.set(doc, (byChecklist = new Map()));
  const cached = byChecklist.get(compiled);
  if (cached) return cached;
  const parts = findConcepts(doc, compiled).map((hits) => {
    const valid = new Map<number, ConceptHit>();
    const discounted = new Map<number, ConceptHit & { why: Discount }>();
    for (const h of hits) {
      if (valid.has(h.unit)) continue;
      const why = discountOf(doc, h);
      if (why === null) valid.set(h.unit, h);
      else if (!discounted.has(h.unit)) discounted.set(h.unit, { ...h, why });
    }
    for (const u of valid.keys()) discounted.delete(u);
    return { valid: [...valid.values()].sort((a, b) => a.unit - b.unit), units: new Set(valid.keys()), discounted: [...discounted.values()].sort((a, b) => a.unit - b.unit) };
  });
  byChecklist.set(compiled, parts);
  return parts;
}

const DISCOUNT_WORDS: Partial<Record<Discount, (where: string) => string>> = {
  delegation: (where) => `only assigns someone to develop it (${where}); the policy does not state it`,
  topic: (where) => `only lists it as a topic of training or review (${where}); the policy does not state it`,
  negation: (where) => `says it is not done (${where})`,
  quotation: (where) => `quotes the law (${where}) rather than stating the agency's practice`,
};

export interface Assessed {
  status: ElementStatus;
  evidence: PolicyEvidence[];
  reasons: string[];
}

/** One requirement from its own required concepts; `inContext` limits where they may be found. */
export function assessRequirement(doc: PolicyDocument, compiled: CompiledChecklist, parts: Partition[], ri: number, inContext: (unit: number) => boolean, contextName?: string): Assessed | undefined {
  const required = compiled.byRequirement[ri]!.filter((ci) => compiled.concepts[ci]!.concept.required);
  if (!required.length) return undefined;
  const related = new Set(compiled.byRequirement[ri]!.flatMap((ci) => parts[ci]!.valid.map((h) => h.unit)));
  const requirement = compiled.requirements[ri]!;
  const titleStems = new Set(stemPhrase(requirement.title).filter((w) => w.length > 3 && !GENERIC_STEMS.has(w)));
  const scoring = [...compiled.byRequirement[ri]!, ...compiled.requirements.flatMap((r, i) => (r.parent === requirement.id ? compiled.byRequirement[i]! : []))];
  const subjects = subjectsFor(requirement);
  const reasons: string[] = [];
  const evidence = new Map<number, Set<string>>();
  let found = 0;
  let touched = 0;
  for (const ci of required) {
    const { concept } = compiled.concepts[ci]!;
    const phrase = conceptPhrase(concept);
    const otherRecords = new Map<ConceptHit, string>();
    for (const h of parts[ci]!.valid) {
      const other = subjects.otherRecord(doc.units[h.unit]!, h);
      if (other) otherRecords.set(h, other);
    }
    const valid = parts[ci]!.valid.filter((h) => inContext(h.unit) && !otherRecords.has(h));
    if (valid.length) {
      found++;
      // Prefer the sentence that shows most of this requirement at once.
      const best = valid.reduce((a, b) => (score(b) > score(a) ? b : a));
      const unit = doc.units[best.unit]!;
      reasons.push(foundReason(phrase, excerpt(unit.text, best.start, best.end), locate(unit)));
      for (const h of [best, ...valid.filter((h) => h !== best).slice(0, 1)]) addEvidence(evidence, h.unit, concept.id);
      continue;
    }
    const vague = findVagueFor(doc, ci, compiled, related, inContext);
    if (vague) {
      touched++;
      const unit = doc.units[vague.unit]!;
      reasons.push(`${vagueReason(vague)} ("${excerpt(unit.text, vague.start, vague.end)}", ${locate(unit)})`);
      addEvidence(evidence, vague.unit, concept.id);
    } else reasons.push(absentReason(phrase));
    for (const [h, other] of [...otherRecords].slice(0, 2)) reasons.push(`"${excerpt(doc.units[h.unit]!.text, h.start, h.end)}" (${locate(doc.units[h.unit]!)}) is about ${other}, not the data this element covers`);
    const outside = parts[ci]!.valid.filter((h) => !inContext(h.unit) && !otherRecords.has(h))[0];
    if (outside && contextName) reasons.push(`"${excerpt(doc.units[outside.unit]!.text, outside.start, outside.end)}" (${locate(doc.units[outside.unit]!)}) is not about the ${contextName}`);
    const shown = new Set<number>();
    for (const d of parts[ci]!.discounted) {
      if (shown.size >= 2 || shown.has(d.unit)) continue;
      const unit = doc.units[d.unit]!;
      const quote = `"${excerpt(unit.text, d.start, d.end)}"`;
      if (d.why === "cross-reference") {
        const title = cuesOf(doc, d.unit).pointer ?? cuesOf(doc, d.unit).references[0]?.title ?? "another document";
        reasons.push(`${quote} only refers to ${title} (${locate(unit)}); the policy itself does not state it`);
      } else if (DISCOUNT_WORDS[d.why]) reasons.push(`${quote} ${DISCOUNT_WORDS[d.why]!(locate(unit))}`);
      else continue;
      shown.add(d.unit);
    }
    // Details left to another document, next to what the policy does say ("… on a regular basis, as described in SOP 205").
    for (const u of [...related].sort((a, b) => a - b)) {
      const cues = cuesOf(doc, u);
      // Citing the statute is not leaving details to another document.
      const ref = cues.references.find((r) => cues.pointer !== undefined || !/\b(?:code|statutes?|act|laws?)$/i.test(r.title));
      if (!ref || shown.has(u)) continue;
      const unit = doc.units[u]!;
      reasons.push(
        cues.pointer !== undefined
          ? `"${excerpt(unit.text)}" only refers to ${cues.pointer} (${locate(unit)}); the policy itself does not state it`
          : `"${excerpt(unit.text, ref.from, ref.to)}" (${locate(unit)}) leaves the details to ${ref.title}`,
      );
      break;
    }
  }
  const status: ElementStatus = found === required.length ? "addressed" : found + touched > 0 ? "partial" : "missing";
  if (status !== "addressed") reasons.push(...pointerReasons(doc, requirement, compiled.byRequirement[ri]!.map((ci) => compiled.concepts[ci]!.concept.id), reasons));
  return { status, evidence: [...evidence].sort((a, b) => a[0] - b[0]).map(([u, ids]) => evidenceOf(doc.units[u]!, [...ids])), reasons: [...new Set(reasons)] };

  /** Prefer the sentence showing most of the requirement, under a heading about it, with the most specific wording. */
  function score(h: ConceptHit): number {
    let s = 0;
    for (const ci of scoring) if (parts[ci]!.units.has(h.unit)) s += 10;
    const unit = doc.units[h.unit]!;
    if (sectionStems(doc, h.unit).some((w) => titleStems.has(w))) s += 5;
    const words = unit.text.slice(h.start, h.end).split(/\s+/).length;
    return s + Math.min(words, 4) - h.unit / 1e6;
  }
}

/** Where the policy points elsewhere on this requirement's subject ("See Policy 804 – Records Retention"). */
function pointerReasons(doc: PolicyDocument, requirement: RequirementInput, conceptIds: string[], already: string[]): string[] {
  const topic = new Set(stemPhrase([requirement.title, ...conceptIds].join(" ").replace(/-/g, " ")).filter((w) => w.length > 3 && !GENERIC_STEMS.has(w)));
  const out: string[] = [];
  for (const u of referringUnits(doc)) {
    if (out.length >= 2) break;
    const unit = doc.units[u]!;
    if (already.some((r) => r.includes(`(${locate(unit)})`)) || !stemPhrase(unit.text).some((w) => topic.has(w))) continue;
    const cues = cuesOf(doc, u);
    const title = cues.pointer ?? cues.references[0]!.title;
    out.push(`"${excerpt(unit.text)}" only refers to ${title} (${locate(unit)}); the policy itself does not state it`);
  }
  return out;
}

const headingStems = new WeakMap<PolicyDocument, Map<string, string[]>>();

/** Stems of a unit's heading path (cached per document and path). */
function sectionStems(doc: PolicyDocument, unit: number): string[] {
  let byPath = headingStems.get(doc);
  if (!byPath) headingStems.set(doc, (byPath = new Map()));
  const key = doc.units[unit]!.sectionPath.join("\u0000");
  let stems = byPath.get(key);
  if (!stems) byPath.set(key, (stems = stemPhrase(key)));
  return stems;
}

function addEvidence(evidence: Map<number, Set<string>>, unit: number, concept: string): void {
  const set = evidence.get(unit) ?? new Set<string>();
  set.add(concept);
  evidence.set(unit, set);
}

function findVagueFor(doc: PolicyDocument, ci: number, compiled: CompiledChecklist, related: Set<number>, inContext: (u: number) => boolean): VagueFinding | undefined {
  const kind = vagueKindOf(compiled.concepts[ci]!.concept);
  if (!kind) return undefined;
  const candidates = kind === "frequency" ? [...related].sort((a, b) => a - b) : doc.units.map((_, i) => i);
  for (const u of candidates) {
    if (!inContext(u)) continue;
    const f = findVague(kind, doc.units[u]!, related.has(u));
    if (f && discountOf(doc, { concept: ci, unit: u, start: f.start, end: f.end }) === null) return { ...f, unit: u };
  }
  return undefined;
}
