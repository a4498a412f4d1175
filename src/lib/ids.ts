/** Identifiers: readable slugs where people type them, random ones elsewhere. */
import { randomBytes } from "node:crypto";

/**
 * A URL-safe slug of a name.
 *
 * @example
 * slugify("Fresno Police Department") // "fresno-police-department"
 */
export function slugify(name: string, max = 60): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || "item";
}

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A short random id (Crockford base32), e.g. "k3m9x2ra". */
export function randomKey(length = 8): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join("");
}
