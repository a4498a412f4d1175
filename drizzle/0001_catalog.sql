CREATE TABLE `statute_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction` text NOT NULL,
	`code` text NOT NULL,
	`code_name` text NOT NULL,
	`section` text NOT NULL,
	`heading` text,
	`scheme` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statute_sections_cite_idx` ON `statute_sections` (`jurisdiction`,`code`,`section`);--> statement-breakpoint
CREATE TABLE `statute_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`version` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`effective` text,
	`operative` text,
	`as_of` text,
	`enacted_by` text,
	`history` text,
	`source_url` text NOT NULL,
	`complete` integer NOT NULL,
	`omissions` text,
	`notes` text,
	`text` text,
	`tree` text,
	FOREIGN KEY (`section_id`) REFERENCES `statute_sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statute_versions_section_version_idx` ON `statute_versions` (`section_id`,`version`);--> statement-breakpoint
CREATE INDEX `statute_versions_dates_idx` ON `statute_versions` (`section_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `checklist_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`checklist_id` text NOT NULL,
	`seq` integer NOT NULL,
	`label` text NOT NULL,
	`as_of` text NOT NULL,
	`status` text NOT NULL,
	`content_hash` text NOT NULL,
	`source` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL,
	FOREIGN KEY (`checklist_id`) REFERENCES `checklists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_versions_seq_idx` ON `checklist_versions` (`checklist_id`,`seq`);--> statement-breakpoint
CREATE INDEX `checklist_versions_hash_idx` ON `checklist_versions` (`checklist_id`,`content_hash`);--> statement-breakpoint
CREATE TABLE `checklists` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`applies_to` text NOT NULL,
	`current_version_id` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `requirements` (
	`row_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`requirement_id` text NOT NULL,
	`checklist_id` text NOT NULL,
	`checklist_version_id` integer NOT NULL,
	`is_current` integer NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`citation` text NOT NULL,
	`section_id` text,
	`path` text DEFAULT '' NOT NULL,
	`text` text NOT NULL,
	`summary` text NOT NULL,
	`kind` text NOT NULL,
	`parent` text,
	`evidence` text NOT NULL,
	`concepts` text NOT NULL,
	`terms` text DEFAULT '' NOT NULL,
	`effective` text,
	`expires` text,
	`crosswalk` text NOT NULL,
	`tag` text GENERATED ALWAYS AS ('x' || hex(checklist_id)) VIRTUAL,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requirements_version_key_idx` ON `requirements` (`checklist_version_id`,`key`);--> statement-breakpoint
CREATE INDEX `requirements_current_idx` ON `requirements` (`requirement_id`,`is_current`);--> statement-breakpoint
CREATE INDEX `requirements_citation_idx` ON `requirements` (`section_id`,`path`);