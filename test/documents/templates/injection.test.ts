import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { createTemplateRegistry } from "../../../src/documents/templates/registry.js";
import { auditSummary, findingLetter } from "./samples.js";

const registry = createTemplateRegistry();
const EVIL = "<script>alert(1)</script> {{x}} # heading | pipe | [link](javascript:alert(1)) *bold* `code` ~~gone~~ &lt;b&gt;";

/** Markdown → HTML without sanitizing, so anything that survived escaping would show. */
function toHtml(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(markdown));
}

function evilFindingLetter() {
  const data = findingLetter();
  data.agency = { ...data.agency, name: EVIL, addressLines: ["# heading", "- item", "1. one"] };
  data.findings[0] = { ...data.findings[0]!, title: EVIL, condition: `${EVIL}\n\n# heading on its own line\n> quote`, criteria: [{ citation: EVIL, text: `${EVIL}\n- list` }] };
  data.recommendations = [{ number: 1, text: EVIL }];
  return data;
}

describe("user text in templates", () => {
  it("comes out escaped in the Markdown", () => {
    const { markdown } = registry.render("finding-letter", evilFindingLetter());
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(markdown).not.toContain("{{x}}");
    expect(markdown).toContain("\\{\\{x\\}\\}");
    expect(markdown).toContain("\\# heading \\| pipe \\|");
    expect(markdown).toContain("\\[link\\](javascript:alert(1))");
    expect(markdown).not.toMatch(/^# heading/m);
    expect(markdown).not.toMatch(/^- item/m);
    expect(markdown).toContain("\\- item");
    expect(markdown).toContain("1\\. one");
  });

  it("is inert once the Markdown is rendered to HTML", () => {
    for (const { markdown } of [registry.render("finding-letter", evilFindingLetter()), registry.render("audit-summary", { ...auditSummary(), findings: [{ ...auditSummary().findings[0]!, title: EVIL }] })]) {
      const html = toHtml(markdown);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).not.toMatch(/<h1>[^<]*heading/);
      expect(html).not.toMatch(/<em>bold<\/em>|<strong>bold|<code>code<\/code>|<del>/);
      expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
      expect(html).toContain("{{x}}");
      expect(html).toContain("&#x26;lt;b&#x26;gt;");
    }
  });

  it("keeps the summary's findings table one row per finding when text contains pipes", () => {
    const data = auditSummary();
    data.findings = [{ ...data.findings[0]!, title: "a | b | c" }];
    const html = toHtml(registry.render("audit-summary", data).markdown);
    const firstTable = html.split("</table>")[0]!;
    expect(firstTable.match(/<td/g)).toHaveLength(5);
    expect(firstTable).toContain("a | b | c");
  });
});
