/** Bulk mailings: one letter per recipient into a zip with a manifest, bad rows reported by number. */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readRecipients } from "../../src/documents/bulk.js";
import { sha256 } from "../../src/lib/hash.js";
import { cliSandbox } from "../support/cli.js";
import { unzip } from "./render/unzip.js";

const cli = cliSandbox("oversight-letters-");
afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));

const csv = `name,address,city,state,zip,email
Tulare County Sheriff's Office,2404 West Burrel Avenue,Visalia,CA,93291,records@tularesheriff.example
"Missouri Police Chiefs Association","1001 E. High St, Suite 1",Jefferson City,MO,65101,
Honolulu Police Department,801 South Beretania Street,Honolulu,HI,96813,
Clovis Police Department,1233 Fifth Street,Clovis,CA,93612,
`;

describe("readRecipients", () => {
  it("reads name and address columns, and reports each bad row by number", () => {
    const { recipients, invalid } = readRecipients(csv + ",Nowhere,,California,,not-an-email\n");
    expect(recipients.map((r) => r.name)).toHaveLength(4);
    expect(recipients[1]!.addressLines).toEqual(["1001 E. High St, Suite 1", "Jefferson City, MO 65101"]);
    expect(invalid).toEqual([{ row: 5, line: 6, errors: [expect.objectContaining({ path: "name" }), expect.objectContaining({ path: "email" }), expect.objectContaining({ path: "state" })] }]);
  });
});

describe("oversight letters", () => {
  it("streams one sharing-justification letter per recipient into a zip with a manifest", async () => {
    writeFileSync(join(cli.dir, "recipients.csv"), csv);
    const { code, stdout } = await cli.run(["letters", "--template", "sharing-justification-letter", "--audit", "2019-118", "--recipients", "recipients.csv", "--agency", "Sacramento County Sheriff's Office", "--format", "html", "--out", "letters.zip"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Wrote 4 letter(s)");
    const files = unzip(new Uint8Array(readFileSync(join(cli.dir, "letters.zip"))));
    const manifest = files.get("manifest.csv")!.trim().split("\r\n");
    expect(manifest[0]).toBe("recipient,file,sha256,bytes");
    expect(manifest).toHaveLength(5);
    const [recipient, file, hash] = manifest[2]!.split(",");
    expect(recipient).toBe("Missouri Police Chiefs Association");
    const letter = files.get(file!)!;
    expect(sha256(letter)).toBe(hash);
    expect(letter).toContain("Missouri Police Chiefs Association");
    expect(letter).toContain("1798.90.55");
    expect(letter).toContain("Sacramento County Sheriff");
  });

  it("refuses a recipients file with a bad row unless --skip-invalid", async () => {
    writeFileSync(join(cli.dir, "bad.csv"), csv + ",No name here,,,,\n");
    const bad = await cli.run(["letters", "--template", "sharing-justification-letter", "--audit", "2019-118", "--recipients", "bad.csv", "--agency", "Fresno Police Department", "--format", "markdown", "--out", "bad.zip"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("1 recipient row(s) are invalid, so no letter was generated (row 5");
    const ok = await cli.run(["letters", "--template", "sharing-justification-letter", "--audit", "2019-118", "--recipients", "bad.csv", "--agency", "Fresno Police Department", "--format", "markdown", "--out", "out-dir", "--skip-invalid"]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/row 5 \(line 6\): name is empty — skipped/);
    expect(readFileSync(join(cli.dir, "out-dir", "manifest.csv"), "utf8").trim().split("\r\n")).toHaveLength(5);
  });

  it("writes a finding letter to each agency of an audit", async () => {
    const { code, stdout } = await cli.run(["letters", "--template", "finding-letter", "--audit", "2019-118", "--each", "agency", "--format", "docx", "--out", "findings.zip"]);
    expect(code).toBe(0);
    const files = unzip(new Uint8Array(readFileSync(join(cli.dir, "findings.zip"))));
    const names = [...files.keys()];
    expect(names).toEqual(expect.arrayContaining(["fresno-police-department.docx", "los-angeles-police-department.docx", "manifest.csv"]));
    expect(stdout).toMatch(/Wrote \d+ letter\(s\)/);
  });
});
