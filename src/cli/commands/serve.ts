import { loadConfig } from "../../config.js";
import { runService } from "../../main.js";
import { EXIT, parseFlags, type Command } from "../command.js";

export const serveCommand: Command = {
  name: "serve",
  summary: "run the HTTP service (migrates and seeds the bundled content first)",
  usage: [
    "Usage: oversight serve [--port N] [--host ADDRESS]",
    "",
    "Starts the API on the database named by DATABASE_URL (default: the embedded file data/oversight.db).",
    "Flags override the PORT and HOST environment variables. Stops gracefully on SIGTERM/SIGINT.",
  ].join("\n"),
  async run(args, io) {
    const { values } = parseFlags(args, { port: { type: "string" }, host: { type: "string" } }, false);
    const config = loadConfig({ ...io.env, ...(values.port !== undefined ? { PORT: values.port } : {}), ...(values.host !== undefined ? { HOST: values.host } : {}) });
    await runService(config);
    return EXIT.ok;
  },
};
