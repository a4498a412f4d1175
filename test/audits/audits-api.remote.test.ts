/** The audit API suite again, over a libSQL server (HTTP) instead of an embedded database. */
process.env.OVERSIGHT_TEST_BACKEND = "remote";
await import("./audits-api.test.js");
