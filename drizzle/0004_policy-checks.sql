CREATE TABLE `policy_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`checklist_id` text NOT NULL,
	`checklist_version_id` integer NOT NULL,
	`agency_id` text,
	`document_name` text,
	`document_format` text NOT NULL,
	`document_hash` text NOT NULL,
	`document_bytes` integer NOT NULL,
	`word_count` integer NOT NULL,
	`summary` text NOT NULL,
	`results` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `policy_checks_agency_idx` ON `policy_checks` (`agency_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `policy_checks_hash_idx` ON `policy_checks` (`document_hash`);