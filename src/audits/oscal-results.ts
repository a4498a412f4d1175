/**
 * Export an audit as OSCAL assessment results (JSON, OSCAL 1.1.2): each
 * finding becomes an OSCAL finding whose target is the requirement it
 * violates (the statement of that control in the checklist's OSCAL catalog,
 * `<requirement>_smt`), with an observation built from its condition and
 * evidence. Findings not yet mapped have no target and are exported as
 * observations only. UUIDs derive from content, so exports are reproducible.
 */
import { oscalToken, stableUuid, OSCAL_VERSION } from "../checklists/oscal.js";
import type { AuditRow } from "./audits.service.js";
import type { HydratedFinding } from "./findings.service.js";

/**
 * @example
 * toOscalAssessmentResults(audit, findings, "2026-03-02T17:00:00Z")["assessment-results"].results[0].findings.length
 */
export function toOscalAssessmentResults(audit: AuditRow, findings: HydratedFinding[], lastModified: string) {
  const start = audit.releaseDate ? `${audit.releaseDate}T00:00:00Z` : audit.createdAt;
  const observations = findings.map((f) => ({
    uuid: stableUuid("oversight-observation", f.id),
    title: f.title,
    description: f.condition,
    methods: ["EXAMINE"],
    types: ["finding"],
    props: [{ name: "severity", ns: "https://oversight.invalid/ns/oscal", value: f.severity }],
    subjects: f.agencies.map((a) => ({ "subject-uuid": stableUuid("oversight-agency", a.id), type: "party", title: a.name })),
    "relevant-evidence": f.evidence.map((e) => ({ description: [e.document, e.page ? `page ${e.page}` : "", e.note ?? ""].filter(Boolean).join(" — ") })),
    collected: start,
    ...(f.cause || f.effect ? { remarks: [f.cause ? `Cause: ${f.cause}` : "", f.effect ? `Effect: ${f.effect}` : ""].filter(Boolean).join("\n\n") } : {}),
  }));
  const oscalFindings = findings.flatMap((f) =>
    f.criteria.map((c) => ({
      uuid: stableUuid("oversight-finding", f.id, c.requirementId),
      title: `${f.title} — ${c.citation}`,
      description: f.condition,
      props: [{ name: "citation", ns: "https://oversight.invalid/ns/oscal", value: c.citation }],
      target: {
        type: "statement-id",
        "target-id": `${oscalToken(c.requirementId.slice(c.requirementId.lastIndexOf(".") + 1))}_smt`,
        title: c.citation,
        description: c.quotedText,
        status: { state: "not-satisfied" },
        props: [{ name: "checklist", ns: "https://oversight.invalid/ns/oscal", value: `${c.checklistId} v${c.checklistVersion} (${c.checklistVersionLabel})` }],
      },
      "related-observations": [{ "observation-uuid": stableUuid("oversight-observation", f.id) }],
    })),
  );
  const controls = [...new Set(findings.flatMap((f) => f.criteria.map((c) => oscalToken(c.requirementId.slice(c.requirementId.lastIndexOf(".") + 1)))))];
  return {
    "assessment-results": {
      uuid: stableUuid("oversight-assessment-results", audit.id, lastModified),
      metadata: {
        title: `${audit.reportNumber}: ${audit.title}`,
        "last-modified": lastModified,
        version: String(audit.version),
        "oscal-version": OSCAL_VERSION,
        parties: [{ uuid: stableUuid("oversight-party", audit.office), type: "organization", name: audit.office }],
      },
      "import-ap": { href: `#${stableUuid("oversight-assessment-plan", audit.id)}`, remarks: "No separate assessment plan: the audit's scope and objectives are in this document." },
      results: [
        {
          uuid: stableUuid("oversight-result", audit.id),
          title: audit.title,
          description: [audit.scope ?? "", ...audit.objectives.map((o) => `Objective: ${o}`)].filter(Boolean).join("\n\n") || audit.title,
          start,
          "reviewed-controls": { "control-selections": [controls.length ? { "include-controls": controls.map((id) => ({ "control-id": id })) } : { "include-all": {} }] },
          observations,
          ...(oscalFindings.length ? { findings: oscalFindings } : {}),
        },
      ],
    },
  };
}
