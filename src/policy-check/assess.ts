/**
 * The policy check: does a policy contain every element a checklist requires?
 * Pure: a parsed document and a checklist's requirements in, a status per
 * requirement with quoted evidence and reasons out.
 *
 * For each requirement, each *required* detection concept must be stated by
 * the policy itself: all found → addressed, some (or only vague stand-ins such
 * as "members" for a job title) → partial, none → missing. A sentence that
 * only delegates the element, points to another document, says the agency does
 * not do it, or quotes the statute does not count (`cues.ts`). Fields of a
 * record ("the record shall include all of the following") count only where
 * the policy talks about that record. Parents take their status from their
 * children (and their own concepts, if any).
 */
import type { RequirementInput } from "../checklists/checklist.schema.js";
import { assessRequirement, partitionHits, type Assessed } from "./assess-requirement.js";
import { compileChecklist } from "./concept-index.js";
import type { ElementStatus, PolicyCheckResult, RequirementCheck } from "./policy-check.schema.js";
import type { PolicyDocument } from "./policy-check.types.js";

type RequirementKind = RequirementInput["kind"];

export interface CheckOptions {
  /** Requirement kinds to check (default: everything a written policy can show — all but `public-process`). */
  kinds?: readonly RequirementKind[];
  /** Evidence sentences per requirement (default 4). */
  maxEvidence?: number;
}

const DEFAULT_KINDS: readonly RequirementKind[] = ["policy-element", "practice", "record-keeping", "prohibition"];

/** A parent's status from its own concepts (if any) and its children's statuses. */
function combine(own: ElementStatus | undefined, children: ElementStatus[]): ElementStatus {
  const all = own ? [own, ...children] : children;
  if (all.every((s) => s === "addressed")) return "addressed";
  if (all.every((s) => s === "missing")) return "missing";
  return "partial";
}

/**
 * Checks a policy against a checklist's requirements.
 *
 * @example
 * const doc = await readPolicyDocument({ format: "markdown", content: policyText });
 * const { summary, results } = checkPolicy(doc, checklist.requirements);
 * results.find((r) => r.requirementId === "retention")
 * // { status: "partial", reasons: ["states how long ALPR data are kept (\"…stored for a minimum of 30 days…\", § 463.5 line 53)",
 * //   "nothing in the policy says how and when data are destroyed"], evidence: [{ section: "§ 463.5", line: 53, … }] }
 */
export function checkPolicy(doc: PolicyDocument, requirements: readonly RequirementInput[], opts: CheckOptions = {}): PolicyCheckResult {
  const kinds = new Set(opts.kinds ?? DEFAULT_KINDS);
  const maxEvidence = opts.maxEvidence ?? 4;
  const compiled = compileChecklist(requirements);
  const parts = partitionHits(doc, compiled);
  const indexOf = new Map(requirements.map((r, i) => [r.id, i]));
  const children = requirements.map((r) => requirements.map((c, i) => (c.parent === r.id && kinds.has(c.kind) ? i : -1)).filter((i) => i >= 0));
  const done = new Map<number, Assessed>();

  const contextOf = (ri: number): { test: (u: number) => boolean; name?: string } => {
    const r = requirements[ri]!;
    const pi = r.parent !== undefined ? indexOf.get(r.parent) : undefined;
    const parentRequired = pi !== undefined && compiled.byRequirement[pi]!.some((ci) => compiled.concepts[ci]!.concept.required);
    if (r.kind !== "record-keeping" || pi === undefined || !parentRequired) return { test: () => true };
    // Fields of a record count where the record is described: same paragraph, or the same list and its lead-in.
    const blocks = new Set<number>();
    const groups = new Set<number>();
    for (const ci of compiled.byRequirement[pi]!) {
      if (!compiled.concepts[ci]!.concept.required) continue;
      for (const h of parts[ci]!.valid) {
        const u = doc.units[h.unit]!;
        blocks.add(u.block);
        if (u.group !== undefined) groups.add(u.group);
      }
    }
    return { test: (u) => blocks.has(doc.units[u]!.block) || (doc.units[u]!.group !== undefined && groups.has(doc.units[u]!.group!)), name: requirements[pi]!.title.replace(/^Keep an? /i, "").toLowerCase() };
  };

  const assess = (ri: number): Assessed | undefined => {
    if (done.has(ri)) return done.get(ri);
    const context = contextOf(ri);
    const own = assessRequirement(doc, compiled, parts, ri, context.test, context.name);
    const kids = children[ri]!.map((ci) => [ci, assess(ci)] as const).filter((k): k is readonly [number, Assessed] => k[1] !== undefined);
    if (!own && !kids.length) return undefined;
    let result: Assessed;
    if (!kids.length) result = own!;
    else {
      const parent = requirements[ri]!.citation;
      const label = (ci: number) => requirements[ci]!.citation.replace(parent, "") || requirements[ci]!.id;
      const by = (s: ElementStatus) => kids.filter(([, a]) => a.status === s).map(([ci]) => label(ci));
      const summary = (["addressed", "partial", "missing"] as const).filter((s) => by(s).length).map((s) => `${s} ${by(s).join(", ")}`).join("; ");
      result = {
        status: combine(own?.status, kids.map(([, a]) => a.status)),
        evidence: own?.evidence ?? [],
        reasons: [...(own?.reasons ?? []), `its parts: ${summary}`],
      };
    }
    done.set(ri, result);
    return result;
  };

  const results: RequirementCheck[] = [];
  requirements.forEach((r, ri) => {
    if (!kinds.has(r.kind)) return;
    const a = assess(ri);
    if (!a) return;
    results.push({
      requirementId: r.id,
      citation: r.citation,
      title: r.title,
      kind: r.kind,
      ...(r.parent ? { parent: r.parent } : {}),
      status: a.status,
      evidence: a.evidence.slice(0, maxEvidence),
      reasons: a.reasons,
    });
  });
  const count = (s: ElementStatus) => results.filter((r) => r.status === s).length;
  return { summary: { addressed: count("addressed"), partial: count("partial"), missing: count("missing") }, results };
}
