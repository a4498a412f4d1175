#!/usr/bin/env node
// The `oversight` command: build if needed, then hand over to the compiled CLI.
import { ensureBuilt } from "./ensure-built.js";

ensureBuilt({ quiet: true });
const { main } = await import("../dist/src/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
