import { defineConfig } from "drizzle-kit";

// Migrations are generated (`npm run db:generate -- --name <what>`), committed, and applied by code.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
});
