/**
 * Export a checklist version as an OSCAL catalog (JSON, OSCAL 1.1.2), the
 * format compliance tools exchange. Requirements become controls, nested by
 * their parent; the verbatim statute text is the control's statement, the
 * plain-language summary its guidance, the evidence its assessment objectives,
 * the detection concepts the items of the statement a policy must express.
 * UUIDs are derived from content, so the same version always exports the same document.
 */
import { createHash } from "node:crypto";
import type { ChecklistInput } from "./checklist.schema.js";

export const OSCAL_VERSION = "1.1.2";

/** A name-based UUID (version 5 layout) so exports are reproducible. */
export function stableUuid(...parts: string[]): string {
  const h = createHash("sha1").update(parts.join("\u0000")).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** OSCAL ids are tokens: a letter or underscore, then letters, digits, '_', '-', '.'. */
export function oscalToken(s: string): string {
  const t = s.replace(/[^A-Za-z0-9_.-]/g, "_");
  return /^[A-Za-z_]/.test(t) ? t : `_${t}`;
}

type Control = {
  id: string;
  class: string;
  title: string;
  props: Array<{ name: string; value: string; ns?: string }>;
  links?: Array<{ href: string; rel: string; text?: string }>;
  parts: Array<{ id: string; name: string; prose?: string; parts?: Array<{ id: string; name: string; prose: string }> }>;
  controls?: Control[];
};

const NS = "https://oversight.invalid/ns/oscal";

/**
 * @example
 * toOscalCatalog(input, { version: 2, lastModified: "2026-03-02T17:00:00Z" }).catalog.groups[0].controls.length
 */
export function toOscalCatalog(input: ChecklistInput, meta: { version: number; lastModified: string }) {
  const controls = new Map<string, Control>();
  for (const r of input.requirements) {
    const id = oscalToken(r.id);
    controls.set(r.id, {
      id,
      class: r.kind,
      title: r.title,
      props: [
        { name: "label", value: r.citation },
        { name: "citation", ns: NS, value: r.citation },
        { name: "requirement-kind", ns: NS, value: r.kind },
        ...(r.effective ? [{ name: "effective", ns: NS, value: r.effective }] : []),
        ...(r.expires ? [{ name: "expires", ns: NS, value: r.expires }] : []),
      ],
      ...(r.crosswalk.length
        ? { links: r.crosswalk.map((x) => ({ href: `#${oscalToken(x.requirement)}`, rel: x.relation, text: `${x.checklist}.${x.requirement}${x.note ? ` — ${x.note}` : ""}` })) }
        : {}),
      parts: [
        {
          id: `${id}_smt`,
          name: "statement",
          prose: r.text,
          ...(r.concepts.length ? { parts: r.concepts.map((c) => ({ id: `${id}_smt.${oscalToken(c.id)}`, name: "item", prose: `${c.description}${c.required ? "" : " (optional)"}` })) } : {}),
        },
        { id: `${id}_gdn`, name: "guidance", prose: r.summary },
        { id: `${id}_obj`, name: "assessment-objective", parts: r.evidence.map((e, i) => ({ id: `${id}_obj.${i + 1}`, name: "assessment-objective", prose: e })) },
      ],
    });
  }
  const roots: Control[] = [];
  for (const r of input.requirements) {
    const control = controls.get(r.id)!;
    const parent = r.parent ? controls.get(r.parent) : undefined;
    if (parent) (parent.controls ??= []).push(control);
    else roots.push(control);
  }
  return {
    catalog: {
      uuid: stableUuid("oversight-catalog", input.id, String(meta.version)),
      metadata: {
        title: input.title,
        "last-modified": meta.lastModified,
        version: `${input.version} (v${meta.version})`,
        "oscal-version": OSCAL_VERSION,
        props: [
          { name: "jurisdiction", ns: NS, value: input.jurisdiction },
          { name: "applies-to", ns: NS, value: input.appliesTo },
          { name: "as-of", ns: NS, value: input.asOf },
        ],
        ...(input.description ? { remarks: input.description } : {}),
      },
      groups: [{ id: oscalToken(input.id), title: input.title, controls: roots }],
      "back-matter": {
        resources: input.sources.map((s) => ({
          uuid: stableUuid("oversight-source", input.id, s.citation),
          title: s.title ?? s.citation,
          citation: { text: s.citation },
          ...(s.url ? { rlinks: [{ href: s.url }] } : {}),
        })),
      },
    },
  };
}
