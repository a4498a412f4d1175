/** The whole catalog API suite again, over a libSQL server (HTTP) instead of an embedded file. */
process.env.OVERSIGHT_TEST_BACKEND = "remote";
await import("./catalog-api.test.js");
