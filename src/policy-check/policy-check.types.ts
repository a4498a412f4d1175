/**
 * The in-memory model of a policy document: one mdast for the whole document
 * (whatever it was encoded in), and the flat list of sentence units recovered
 * from it, each with its heading path, line and page.
 */
import type { Root } from "mdast";
import type { PolicyFormat } from "./policy-check.schema.js";

export type { PolicyFormat } from "./policy-check.schema.js";

/** A heading recovered from the document (a Markdown heading or a line that reads as one). */
export interface PolicySection {
  title: string;
  /** Nesting rank: lower is outer. */
  rank: number;
  path: string[];
  line: number;
  page?: number;
}

/** One sentence (or heading) of the policy, where it is, and how it sits in lists. */
export interface PolicyUnit {
  id: string;
  /** Headings from the top of the document, then list markers such as `(a)`, `1.`. */
  sectionPath: string[];
  /** 1-based line in {@link PolicyDocument.text}. */
  line: number;
  page?: number;
  text: string;
  role: "heading" | "text" | "item";
  /** Sentences of one paragraph or list item share a block number. */
  block: number;
  /** An enumeration: the paragraph that introduces a list plus its items share a group number. */
  group?: number;
  /** This sentence belongs to the paragraph introducing enumeration `group`. */
  leadIn?: boolean;
  /** Quoted (a Markdown block quotation): the policy cites these words rather than states them. */
  quoted?: boolean;
}

export interface PolicyPage {
  number: number;
  firstLine: number;
}

export interface PolicyDocument {
  name?: string;
  format: PolicyFormat;
  /**
   * The text line numbers refer to: the Markdown, plain text or HTML as given;
   * for DOCX the converted HTML (one paragraph a line); for PDF the extracted
   * text of all pages, in order.
   */
  text: string;
  /** The single mdast the document was parsed into; sections and assessment both read it. */
  tree: Root;
  pages?: PolicyPage[];
  sections: PolicySection[];
  units: PolicyUnit[];
  wordCount: number;
}
