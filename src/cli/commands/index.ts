/** The registry of `oversight` subcommands, in the order `--help` lists them. */
import type { Command } from "../command.js";
import { auditsCommand } from "./audits.js";
import { billCommand } from "./bill.js";
import { checkCommand, policyTemplateCommand } from "./check.js";
import { checklistsCommand } from "./checklists.js";
import { citationsCommand } from "./citations.js";
import { mapCommand } from "../../mapping/map.command.js";
import { lettersCommand } from "./letters.js";
import { migrateCommand } from "./migrate.js";
import { serveCommand } from "./serve.js";

export const commands: Command[] = [serveCommand, migrateCommand, checklistsCommand, citationsCommand, auditsCommand, mapCommand, checkCommand, policyTemplateCommand, lettersCommand, billCommand];
