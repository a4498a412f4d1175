import { EXIT, parseFlags, withDatabase, type Command } from "../command.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "apply database migrations (and seed the bundled content unless --no-seed)",
  usage: [
    "Usage: oversight migrate [--no-seed]",
    "",
    "Applies the migrations in drizzle/ to the database named by DATABASE_URL, then seeds",
    "the bundled checklists and example audit (idempotent: unchanged content is skipped).",
  ].join("\n"),
  async run(args, io) {
    const { values } = parseFlags(args, { "no-seed": { type: "boolean" } }, false);
    await withDatabase(io, async ({ config }) => {
      io.stdout.write(`Migrated ${redactUrl(config.databaseUrl)}${values["no-seed"] ? "" : " and seeded the bundled content"}.\n`);
    }, { seed: !values["no-seed"] });
    return EXIT.ok;
  },
};

/** Database URLs can carry credentials in the query string; never print them. */
function redactUrl(url: string): string {
  return url.replace(/([?&](authToken|token|password)=)[^&]*/gi, "$1[redacted]").replace(/\/\/[^/@]*@/, "//[redacted]@");
}
