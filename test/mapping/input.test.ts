/** Reading a batch of findings for `oversight map --input`. */
import { describe, expect, it } from "vitest";
import { InputError, readFindingsInput } from "../../src/mapping/mapping.input.js";

describe("readFindingsInput", () => {
  it("reads CSV with a text column, quoted commas, quotes and line breaks", () => {
    const csv = 'id,text,agency\nF1,"Kept scans for five years, never purged",Fresno\nF2,"Said ""no audit""\nat all",Marin\n';
    expect(readFindingsInput(csv, "findings.csv")).toEqual([
      { id: "F1", text: "Kept scans for five years, never purged" },
      { id: "F2", text: 'Said "no audit"\nat all' },
    ]);
  });

  it("takes a condition column when there is no text column, and numbers rows without ids", () => {
    expect(readFindingsInput("Condition,Cause\r\nShared with ICE,No policy\r\n", "x.csv")).toEqual([{ id: "1", text: "Shared with ICE" }]);
  });

  it("reads JSON Lines with text or condition and optional ids", () => {
    const jsonl = '{"id": 7, "text": "No one audits searches."}\n\n{"condition": "Kept indefinitely."}\n';
    expect(readFindingsInput(jsonl, "f.jsonl")).toEqual([
      { id: "7", text: "No one audits searches." },
      { id: "2", text: "Kept indefinitely." },
    ]);
  });

  it("tells the format from the content when the name does not", () => {
    expect(readFindingsInput('{"text": "a"}', "-")).toEqual([{ id: "1", text: "a" }]);
    expect(readFindingsInput("text\na\n", "")).toEqual([{ id: "1", text: "a" }]);
  });

  it.each([
    ["name,agency\nx,y\n", "f.csv", /line 1: the header row needs a "text" or "condition" column/],
    ['id,text\n1,"never closed\n', "f.csv", /line 2: a quoted field is never closed/],
    ['{"text": "ok"}\n{oops}\n', "f.jsonl", /line 2: not valid JSON/],
    ['{"id": 1}\n', "f.jsonl", /line 1: the object has no "text" or "condition" string/],
    ['["text"]\n', "f.jsonl", /line 1: expected an object/],
  ])("rejects unreadable input %j, naming the line", (content, name, message) => {
    expect(() => readFindingsInput(content, name)).toThrow(InputError);
    expect(() => readFindingsInput(content, name)).toThrow(message);
  });
});
