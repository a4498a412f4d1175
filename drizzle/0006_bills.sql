CREATE TABLE `bills` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`house` text NOT NULL,
	`input` text NOT NULL,
	`audit_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `bills_updated_idx` ON `bills` (`updated_at`);--> statement-breakpoint
CREATE INDEX `bills_audit_idx` ON `bills` (`audit_id`);