-- Full-text index over the *current* requirements (FTS5, built into libSQL).
-- External content: the text lives once, in `requirements`; triggers keep the
-- index in step, adding a row when its checklist version becomes current and
-- removing it when superseded, so a search never needs a join to filter them.
-- `tag` (a generated column of `requirements`) is one token per checklist
-- ("x" + hex of its id) so a checklist filter is an index lookup (`tag : x…`), not a scan. Porter stemming makes
-- "retained", "retains" and "retention" meet.
CREATE VIRTUAL TABLE `requirements_fts` USING fts5(
	`title`, `citation`, `text`, `summary`, `terms`, `tag`,
	content='requirements', content_rowid='row_id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `requirements_fts_insert` AFTER INSERT ON `requirements` WHEN new.is_current = 1 BEGIN
	INSERT INTO `requirements_fts`(rowid, title, citation, text, summary, terms, tag) VALUES (new.row_id, new.title, new.citation, new.text, new.summary, new.terms, new.tag);
END;
--> statement-breakpoint
CREATE TRIGGER `requirements_fts_delete` AFTER DELETE ON `requirements` WHEN old.is_current = 1 BEGIN
	INSERT INTO `requirements_fts`(requirements_fts, rowid, title, citation, text, summary, terms, tag) VALUES ('delete', old.row_id, old.title, old.citation, old.text, old.summary, old.terms, old.tag);
END;
--> statement-breakpoint
CREATE TRIGGER `requirements_fts_retire` AFTER UPDATE OF is_current ON `requirements` WHEN old.is_current = 1 AND new.is_current = 0 BEGIN
	INSERT INTO `requirements_fts`(requirements_fts, rowid, title, citation, text, summary, terms, tag) VALUES ('delete', old.row_id, old.title, old.citation, old.text, old.summary, old.terms, old.tag);
END;
--> statement-breakpoint
CREATE TRIGGER `requirements_fts_restore` AFTER UPDATE OF is_current ON `requirements` WHEN old.is_current = 0 AND new.is_current = 1 BEGIN
	INSERT INTO `requirements_fts`(rowid, title, citation, text, summary, terms, tag) VALUES (new.row_id, new.title, new.citation, new.text, new.summary, new.terms, new.tag);
END;
