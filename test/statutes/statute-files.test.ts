/**
 * Statute data files: every shipped file validates, its text is the reference's
 * text word for word (or the shipped YAML's when the reference is absent), cut
 * sections say so, bad files are rejected with the file and field named, and
 * versionInForce picks the right version at its boundaries.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  latestVersion, loadStatuteFiles, statuteFileName, StatuteFileError, versionInForce, type StatuteFile,
} from "../../src/statutes/statute-file.js";
import { CUT_MARKER, versionStart } from "../../src/statutes/statute-file.schema.js";
import { locateInOrder, referenceText, shipped, shippedFiles } from "./statute-files-reference.js";

describe("shipped statute files", async () => {
  const files = await shippedFiles();

  it.each([
    ["CA", "civ", "1798.90.5", true], ["CA", "civ", "1798.90.51", true], ["CA", "civ", "1798.90.52", true],
    ["CA", "civ", "1798.90.53", true], ["CA", "civ", "1798.90.54", true], ["CA", "civ", "1798.90.55", true],
    ["CA", "veh", "2413", true], ["CA", "gov", "7073", true], ["CA", "gov", "7072", false], ["CA", "pen", "832.18", false],
    ["VT", "vsa-23", "1607", false], ["VT", "vsa-23", "1608", false], ["MN", "minn-stat", "13.824", false],
    ["UT", "utah-code", "41-6a-2004", false], ["UT", "utah-code", "41-6a-2005", false], ["NH", "rsa", "261:75-b", false],
    ["AR", "ark-code", "12-12-1804", true], ["AR", "ark-code", "12-12-1805", true], ["AR", "ark-code", "12-12-1807", true],
    ["MD", "md-gen-prov", "4-326", true],
  ] as const)("%s %s § %s ships; first version complete: %s", (jurisdiction, code, section, complete) => {
    const f = files.find((x) => x.section === section);
    expect(f).toMatchObject({ jurisdiction, code });
    expect(f!.file.endsWith(join(jurisdiction.toLowerCase(), code, statuteFileName(section)))).toBe(true);
    expect(f!.versions[0]!.complete).toBe(complete);
  });

  it("ships no section whose text the reference lacks (Gov. Code §§ 7070, 7071, 7074, 7075; Utah §§ 2001-2003, 2006)", () => {
    const sections = files.map((f) => f.section);
    for (const s of ["7070", "7071", "7074", "7075", "41-6a-2001", "41-6a-2002", "41-6a-2003", "41-6a-2006"]) expect(sections).not.toContain(s);
    expect(files).toHaveLength(20);
  });

  const versions = files.flatMap((f) => f.versions.map((v) => ({ f, v, name: `${f.section} ${v.id}` })));

  it.each(versions)("$name: cut marker present exactly when incomplete, omissions explained", ({ v }) => {
    if (v.complete) expect(v.text).toBeDefined();
    if (v.text !== undefined) expect(v.text.includes(CUT_MARKER)).toBe(!v.complete);
    if (!v.complete) expect(v.omissions!.length).toBeGreaterThan(0);
  });

  it.each(versions.filter(({ v }) => v.text !== undefined))("$name: text is the reference's, verbatim and in order", ({ f, v }) => {
    const source = referenceText(v) ?? v.text!; // without the reference, check against the shipped YAML
    expect(locateInOrder(source, v.text!)).toHaveProperty("region");
    expect(v.text).not.toMatch(/truncated|\[[a-z]/); // the reference's own cut notes were replaced
    expect(f.versions.filter((x) => x.text === v.text)).toHaveLength(1);
  });

  it.each(versions.filter(({ v }) => v.text !== undefined && referenceText(v) !== undefined))(
    "$name: the reference's source address is recorded",
    ({ v }) => expect(referenceText(v)).toContain(v.sourceUrl),
  );
});

describe("loadStatuteFiles rejects bad files, naming file and field", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const good = {
    jurisdiction: "CA", code: "civ", codeName: "Civil Code", section: "1.5", scheme: "ca",
    versions: [{ id: "2016-01-01", effective: "2016-01-01", sourceUrl: "https://example.org/1.5", complete: true, text: "(a) Alpha." }],
  };
  async function load(files: Record<string, string>): Promise<unknown> {
    const dir = await mkdtemp(join(tmpdir(), "statutes-"));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    return loadStatuteFiles(dir).catch((e: unknown) => e);
  }
  const v0 = good.versions[0]!;

  it("accepts a good file", async () => {
    const loaded = await load({ "ca/civ/1.5.yaml": stringify(good) });
    expect(loaded).toMatchObject([{ section: "1.5", versions: [{ id: "2016-01-01" }] }]);
  });

  it.each([
    ["a missing source", { ...good, versions: [{ ...v0, sourceUrl: undefined }] }, "versions[0].sourceUrl"],
    ["a bad date", { ...good, versions: [{ ...v0, effective: "2016-02-30" }] }, "versions[0].effective"],
    ["an unknown field", { ...good, chapter: 3 }, ""],
    ["a cut marker in a complete text", { ...good, versions: [{ ...v0, text: "(a) Alpha [...]" }] }, "versions[0].text"],
    ["incomplete without omissions", { ...good, versions: [{ ...v0, complete: false }] }, "versions[0].omissions"],
    ["complete without text", { ...good, versions: [{ ...v0, text: undefined }] }, "versions[0].text"],
    ["duplicate version ids", { ...good, versions: [v0, { ...v0, effective: "2017-01-01" }] }, "versions[1].id"],
    ["versions out of order", { ...good, versions: [{ ...v0, id: "b" }, { ...v0, id: "a", effective: "2015-01-01" }] }, "versions[1]"],
    ["an unknown scheme", { ...good, scheme: "tx" }, "scheme"],
    ["a file in the wrong folder", good, "section", "ca/pen/1.5.yaml"],
  ])("%s", async (_name, data, field, name = "ca/civ/1.5.yaml") => {
    const err = await load({ [name]: stringify(data) });
    expect(err).toBeInstanceOf(StatuteFileError);
    expect((err as StatuteFileError).message).toContain(name);
    expect((err as StatuteFileError).errors.map((e) => e.path)).toContain(field);
  });

  it("invalid YAML names the file", async () => {
    const err = await load({ "ca/civ/1.5.yaml": "jurisdiction: [CA\n" });
    expect(err).toBeInstanceOf(StatuteFileError);
    expect((err as Error).message).toMatch(/ca\/civ\/1\.5\.yaml: is not valid YAML/);
  });
});

describe("versionInForce", () => {
  const v = (id: string, extra: object) => ({ id, sourceUrl: "https://example.org", complete: true, text: "(a) Alpha.", ...extra });
  const file = {
    versions: [v("2016-01-01", { operative: "2016-01-01", effective: "2015-10-01" }), v("2020-07-01", { effective: "2020-07-01" }), v("undated", {})],
  } as Pick<StatuteFile, "versions">;

  it.each([
    ["2015-12-31", undefined], ["2016-01-01", "2016-01-01"], ["2020-06-30", "2016-01-01"],
    ["2020-07-01", "2020-07-01"], ["2099-01-01", "2020-07-01"],
  ])("on %s → %s", (date, id) => expect(versionInForce(file, date)?.id).toBe(id));

  it("uses operative over effective, accepts Date, never picks undated versions", () => {
    expect(versionInForce(file, "2015-11-01")).toBeUndefined();
    expect(versionInForce(file, new Date("2021-03-04T12:00:00Z"))?.id).toBe("2020-07-01");
    expect(latestVersion(file).id).toBe("undated");
    expect(() => versionInForce(file, "July 1, 2020")).toThrow(RangeError);
  });

  it.each([["2017", "2017-12-31"], ["2024-02", "2024-02-29"], ["2024-01-01", "2024-01-01"]])("asOf %s starts %s", (asOf, start) => {
    expect(versionStart({ asOf })).toBe(start);
  });

  it.each([
    ["1798.90.51", "2019-06-30", "2016-01-01"], ["1798.90.51", "2015-12-31", undefined],
    ["1607", "2025-06-30", "as-of-2024-01-01"], ["1607", "2025-07-01", "2025-07-01"], ["1608", "2025-06-30", undefined],
    ["41-6a-2004", "2020-01-01", undefined], ["13.824", "2018-01-01", "as-of-2017"], ["2413", "2020-01-01", undefined],
  ])("shipped § %s on %s → %s", async (section, date, id) => {
    expect(versionInForce(await shipped(section), date)?.id).toBe(id);
  });

  it("the Vermont version from July 1, 2025 is known but has no text", async () => {
    const v2025 = versionInForce(await shipped("1607"), "2026-01-01")!;
    expect(v2025.complete).toBe(false);
    expect(v2025.text).toBeUndefined();
  });
});
