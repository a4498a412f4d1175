/** The bills API suite again, over a libSQL server (HTTP) instead of an embedded database. */
process.env.OVERSIGHT_TEST_BACKEND = "remote";
await import("./bills-api.test.js");
