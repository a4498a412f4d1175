CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`template` text NOT NULL,
	`template_version` text NOT NULL,
	`format` text NOT NULL,
	`filename` text NOT NULL,
	`data` text NOT NULL,
	`source` text,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `documents_template_idx` ON `documents` (`template`,`created_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL
);
