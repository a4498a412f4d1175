/**
 * Why a policy document could not be read. One error class with a `code`, so
 * the edge can map every case to one problem document (422, or 415 for a
 * format the checker does not read) and a client can act on the code.
 */
import { AppError } from "../lib/errors.js";

export type PolicyDocumentErrorCode =
  | "empty_document"
  | "no_text_layer"
  | "password_protected"
  | "corrupt_document"
  | "binary_content"
  | "unsupported_language"
  | "unsupported_format";

export class PolicyDocumentError extends AppError {
  constructor(
    readonly reason: PolicyDocumentErrorCode,
    detail: string,
  ) {
    super(reason === "unsupported_format" ? 415 : 422, reason, "Unreadable policy document", detail);
  }
}

/** `"policy.pdf"` → `"policy.pdf "`, nothing when the document has no name: for messages. */
export function named(name: string | undefined): string {
  return name ? `${name} ` : "The document ";
}
