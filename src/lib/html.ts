/** Building HTML pages from strings: the one escaper and the one page shell every HTML output uses. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made literal in element content and attribute values alike.
 * @example escapeHtml(`<a href="x">'`) // "&lt;a href=&quot;x&quot;&gt;&#39;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A complete, self-contained HTML5 page: no scripts, no external resources.
 * `title` is escaped here; `style` and `body` are markup the caller built (and escaped).
 */
export function htmlPage(page: { title: string; style: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>
${page.style}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
