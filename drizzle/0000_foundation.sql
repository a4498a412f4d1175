CREATE TABLE `access_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`request_id` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `access_log_entity_idx` ON `access_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `seed_runs` (
	`name` text PRIMARY KEY NOT NULL,
	`content_hash` text NOT NULL,
	`seeded_at` text NOT NULL
);
