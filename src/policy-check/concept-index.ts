/**
 * Where each detection concept of a checklist occurs in a document, found in
 * one pass per pattern and one pass for all terms. Concepts are compiled once
 * per checklist (cached by the requirements array); a document's match text
 * and stemmed tokens are built once per document (cached by the document), so
 * checking one policy against several checklists, or one checklist against
 * many policies, repeats neither.
 */
import type { DetectionConcept, RequirementInput } from "../checklists/checklist.schema.js";
import type { PolicyDocument } from "./policy-check.types.js";
import { DIGIT, patternPrefixes } from "./pattern-prefixes.js";
import { stemPhrase, stemWord, WORD } from "./stems.js";

export interface CompiledPattern {
  /** Global: scans the whole document. */
  global: RegExp;
  /** Sticky: tried only where a word with one of `prefixes` starts. */
  sticky: RegExp;
  prefixes: string[] | null;
}

export interface CompiledConcept {
  index: number;
  requirement: number;
  concept: DetectionConcept;
  patterns: CompiledPattern[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  concepts: number[];
}

export interface CompiledChecklist {
  requirements: readonly RequirementInput[];
  concepts: CompiledConcept[];
  /** Concept indices of each requirement. */
  byRequirement: number[][];
  trie: TrieNode;
}

/** A concept found in a unit: `[start, end)` are offsets into the unit's text. */
export interface ConceptHit {
  concept: number;
  unit: number;
  start: number;
  end: number;
}

const compiled = new WeakMap<readonly RequirementInput[], CompiledChecklist>();

/** Unicode mode costs ten times the scan time; it is only needed for `\p{…}` and `\u{…}`. */
function compilePattern(source: string): CompiledPattern {
  let flags = "iu";
  if (!/\\[pPu]\{/.test(source)) {
    try {
      new RegExp(source, "i");
      flags = "i";
    } catch {
      // keep Unicode mode
    }
  }
  return { global: new RegExp(source, flags + "g"), sticky: new RegExp(source, flags + "y"), prefixes: patternPrefixes(source) };
}

/**
 * Compiles a checklist's concepts: regular expressions once, terms into a trie of stems.
 *
 * @example
 * const c = compileChecklist(checklist.requirements); // cached: the same array gives the same object
 */
export function compileChecklist(requirements: readonly RequirementInput[]): CompiledChecklist {
  const hit = compiled.get(requirements);
  if (hit) return hit;
  const concepts: CompiledConcept[] = [];
  const byRequirement: number[][] = [];
  const trie: TrieNode = { next: new Map(), concepts: [] };
  requirements.forEach((r, ri) => {
    byRequirement.push([]);
    for (const concept of r.concepts) {
      const index = concepts.length;
      concepts.push({ index, requirement: ri, concept, patterns: concept.patterns.map(compilePattern) });
      byRequirement[ri]!.push(index);
      for (const term of concept.terms) {
        const stems = stemPhrase(term);
        if (!stems.length) continue;
        let node = trie;
        for (const s of stems) {
          let next = node.next.get(s);
          if (!next) node.next.set(s, (next = { next: new Map(), concepts: [] }));
          node = next;
        }
        if (!node.concepts.includes(index)) node.concepts.push(index);
      }
    }
  });
  const result = { requirements, concepts, byRequirement, trie };
  compiled.set(requirements, result);
  return result;
}

/** Unit texts as matched: placeholders read as values, brackets and curly quotes made plain, lengths kept. */
export function matchText(text: string): string {
  if (!/[[\]’‘“”\u00A0]/.test(text)) return text;
  return text
    .replace(/\[(?:NUMBER|N|X|#)(?: OF [A-Z]+)?\]/g, (m) => " 9".padEnd(m.length, " "))
    .replace(/[[\]]/g, " ")
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00A0/g, " ");
}

const SEPARATOR = "\n.\n";

export interface DocumentIndex {
  joined: string;
  /** `joined` in lower case, for prefix tests. */
  lower: string;
  /** Offsets in `joined` where words start, by their first two lower-case characters. */
  wordStarts: Map<string, number[]>;
  unitStart: Int32Array;
  stems: string[];
  tokenUnit: Int32Array;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
}

const indexes = new WeakMap<PolicyDocument, DocumentIndex>();

/** The document's match text (units joined so no pattern crosses two) and its stemmed tokens; built once per document. */
export function indexDocument(doc: PolicyDocument): DocumentIndex {
  const hit = indexes.get(doc);
  if (hit) return hit;
  const unitStart = new Int32Array(doc.units.length);
  const parts: string[] = [];
  let at = 0;
  doc.units.forEach((u, i) => {
    unitStart[i] = at;
    const t = matchText(u.text);
    parts.push(t);
    at += t.length + SEPARATOR.length;
  });
  const joined = parts.join(SEPARATOR);
  const stems: string[] = [];
  const tu: number[] = [];
  const ts: number[] = [];
  const te: number[] = [];
  parts.forEach((t, i) => {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(t); m; m = WORD.exec(t)) {
      stems.push(stemWord(m[0]));
      tu.push(i);
      ts.push(m.index);
      te.push(m.index + m[0].length);
    }
  });
  const lower = joined.toLowerCase();
  const wordStarts = new Map<string, number[]>();
  for (let i = 0; i < tu.length; i++) {
    const at = unitStart[tu[i]!]! + ts[i]!;
    const key = lower.slice(at, at + 2);
    const list = wordStarts.get(key);
    if (list) list.push(at);
    else wordStarts.set(key, [at]);
  }
  const index = { joined, lower, wordStarts, unitStart, stems, tokenUnit: Int32Array.from(tu), tokenStart: Int32Array.from(ts), tokenEnd: Int32Array.from(te) };
  indexes.set(doc, index);
  return index;
}

/** Offsets of the words that start with `prefix` (`DIGIT`: with any digit). */
function* wordsStartingWith(index: DocumentIndex, prefix: string): Generator<number> {
  if (prefix.length >= 2 && prefix !== DIGIT) {
    for (const at of index.wordStarts.get(prefix.slice(0, 2)) ?? []) if (index.lower.startsWith(prefix, at)) yield at;
    return;
  }
  for (const [key, list] of index.wordStarts) if (prefix === DIGIT ? key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57 : key.startsWith(prefix)) yield* list;
}

function unitAt(unitStart: Int32Array, offset: number): number {
  let lo = 0;
  let hi = unitStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (unitStart[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every place each concept of the checklist occurs in the document: one scan per pattern, one trie walk for all terms. */
export function findConcepts(doc: PolicyDocument, checklist: CompiledChecklist): ConceptHit[][] {
  const index = indexDocument(doc);
  const hits: ConceptHit[][] = checklist.concepts.map(() => []);
  const lengths = doc.units.map((u) => u.text.length);
  const record = (out: ConceptHit[], concept: number, at: number, length: number) => {
    const unit = unitAt(index.unitStart, at);
    const start = at - index.unitStart[unit]!;
    out.push({ concept, unit, start, end: Math.min(lengths[unit]!, start + length) });
  };
  for (const c of checklist.concepts) {
    const out = hits[c.index]!;
    for (const p of c.patterns) {
      if (p.prefixes) {
        // Try the pattern only where a word it can start with begins.
        const starts = new Set<number>();
        for (const prefix of p.prefixes) for (const at of wordsStartingWith(index, prefix)) starts.add(at);
        for (const at of [...starts].sort((a, b) => a - b)) {
          p.sticky.lastIndex = at;
          const m = p.sticky.exec(index.joined);
          if (m && m[0].length) record(out, c.index, at, m[0].length);
        }
        continue;
      }
      const re = p.global;
      re.lastIndex = 0;
      for (let m = re.exec(index.joined); m; m = re.exec(index.joined)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        record(out, c.index, m.index, m[0].length);
      }
    }
  }
  const { stems, tokenUnit, tokenStart, tokenEnd } = index;
  for (let i = 0; i < stems.length; i++) {
    let node = checklist.trie.next.get(stems[i]!);
    for (let j = i; node; ) {
      for (const c of node.concepts) hits[c]!.push({ concept: c, unit: tokenUnit[i]!, start: tokenStart[i]!, end: tokenEnd[j]! });
      j++;
      if (j >= stems.length || tokenUnit[j] !== tokenUnit[i]) break;
      node = node.next.get(stems[j]!);
    }
  }
  return hits;
}
