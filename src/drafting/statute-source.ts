/**
 * Where a bill's amended sections are read from: the statute store (the API,
 * so a draft prints against exactly the text the catalog quotes) or the bundled
 * statute files (the CLI, so `oversight bill build` runs without a database).
 * Both give the version in force on the bill's `asOf` day, else the newest.
 */
import type { DbOrTx } from "../db/client.js";
import { parseDocument, validateDocument } from "../lib/source-body.js";
import { sectionId, versionsOn } from "../statutes/statutes.service.js";
import { statutesDir } from "../statutes/statutes.seed.js";
import { latestVersion, loadStatuteFiles, versionInForce, versionProvisions, type LoadedStatuteFile } from "../statutes/statute-file.js";
import type { ProvisionNode } from "../statutes/provisions.js";
import type { StatuteLookup, StoredText } from "./assemble.js";
import type { AmendmentLocation } from "./amend.schema.js";
import { BillInput } from "./bill.schema.js";

/** Reads a bill file (YAML or JSON); problems name the line, e.g. `ab1463.yaml:12 /operations/1/changes/0/path: …`. */
export function readBill(text: string, name: string): BillInput {
  return readBillSource(text, name).input;
}

/** A bill file read with its line positions, so a change the law cannot take can be reported at its line. */
export function readBillSource(text: string, name: string): { input: BillInput; lineOf(location: AmendmentLocation): number | undefined } {
  const source = parseDocument(text, name);
  return {
    input: validateDocument(BillInput, source, name),
    lineOf: ({ operation, change }) => (operation === undefined ? undefined : source.lineOf(["operations", operation, ...(change === undefined ? [] : ["changes", change])])),
  };
}

/** The California sections a bill amends or repeals without giving their text (the only ones it needs from the store). */
function amendedSections(input: Pick<BillInput, "operations">): { code: string; section: string }[] {
  return input.operations.flatMap((op) => ((op.op === "amend" || op.op === "repeal") && op.current === undefined ? [{ code: op.code, section: op.section }] : []));
}

/** A section's text, with what the store lacks when its copy is incomplete. */
function storedText(root: ProvisionNode, version: { complete: boolean; omissions?: string[] | null }): StoredText {
  return { root, ...(version.complete ? {} : { omissions: version.omissions ?? [] }) };
}

/**
 * The stored text of each amended or repealed section, read before the (pure,
 * synchronous) assembly in one query, so a bill costs one round trip to a
 * remote database however many sections it touches.
 */
export async function storedStatutes(db: DbOrTx, input: Pick<BillInput, "operations" | "asOf">): Promise<StatuteLookup> {
  const versions = await versionsOn(db, amendedSections(input).map(({ code, section }) => sectionId("CA", code, section)), input.asOf);
  return (code, section) => {
    const v = versions.get(sectionId("CA", code, section));
    return v?.tree ? storedText(v.tree, v) : undefined;
  };
}

let bundled: Promise<LoadedStatuteFile[]> | undefined;

/** The bundled statute files' text for a bill (files read once per process). */
export async function bundledStatutes(input: Pick<BillInput, "asOf">): Promise<StatuteLookup> {
  bundled ??= loadStatuteFiles(statutesDir);
  const files = (await bundled).filter((f) => f.jurisdiction === "CA");
  return (code, section) => {
    const file = files.find((f) => f.code === code && f.section === section);
    if (!file) return undefined;
    const version = input.asOf ? versionInForce(file, input.asOf) : latestVersion(file);
    const root = version && versionProvisions(file, version);
    return root && storedText(root, version);
  };
}
