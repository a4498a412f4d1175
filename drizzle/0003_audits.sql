CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`level` text,
	`state` text,
	`parent` text,
	`aliases` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `agencies_name_idx` ON `agencies` (`name`);--> statement-breakpoint
CREATE TABLE `audits` (
	`id` text PRIMARY KEY NOT NULL,
	`report_number` text NOT NULL,
	`title` text NOT NULL,
	`office` text NOT NULL,
	`release_date` text,
	`status` text NOT NULL,
	`scope` text,
	`objectives` text NOT NULL,
	`source_url` text,
	`checklists` text NOT NULL,
	`notes` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audits_report_number_unique` ON `audits` (`report_number`);--> statement-breakpoint
CREATE TABLE `finding_agencies` (
	`finding_id` text NOT NULL,
	`agency_id` text NOT NULL,
	PRIMARY KEY(`finding_id`, `agency_id`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `finding_agencies_agency_idx` ON `finding_agencies` (`agency_id`);--> statement-breakpoint
CREATE TABLE `finding_criteria` (
	`finding_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	`requirement_row_id` integer NOT NULL,
	`checklist_version_id` integer NOT NULL,
	`position` integer NOT NULL,
	`citation` text NOT NULL,
	`quoted_text` text NOT NULL,
	`statute_version_id` text,
	`rationale` text,
	`source` text NOT NULL,
	`confidence` real,
	`chosen_by` text NOT NULL,
	`chosen_at` text NOT NULL,
	PRIMARY KEY(`finding_id`, `requirement_id`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requirement_row_id`) REFERENCES `requirements`(`row_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `finding_criteria_requirement_idx` ON `finding_criteria` (`requirement_id`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`condition` text NOT NULL,
	`cause` text,
	`effect` text,
	`severity` text NOT NULL,
	`status` text NOT NULL,
	`evidence` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `findings_audit_key_idx` ON `findings` (`audit_id`,`key`);--> statement-breakpoint
CREATE INDEX `findings_status_idx` ON `findings` (`status`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` text NOT NULL,
	`stage` text NOT NULL,
	`position` integer NOT NULL,
	`date` text,
	`response` text NOT NULL,
	`status` text,
	`assessed_by` text NOT NULL,
	`assessment` text,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `follow_ups_recommendation_idx` ON `follow_ups` (`recommendation_id`);--> statement-breakpoint
CREATE TABLE `mapping_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`finding_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	`decision` text NOT NULL,
	`confidence` real,
	`reasons` text NOT NULL,
	`note` text,
	`decided_by` text NOT NULL,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mapping_decisions_finding_idx` ON `mapping_decisions` (`finding_id`);--> statement-breakpoint
CREATE TABLE `recommendation_findings` (
	`recommendation_id` text NOT NULL,
	`finding_id` text NOT NULL,
	PRIMARY KEY(`recommendation_id`, `finding_id`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`number` integer NOT NULL,
	`addressee_agency_id` text,
	`addressee_body` text,
	`text` text NOT NULL,
	`due_dates` text NOT NULL,
	`status` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressee_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_audit_number_idx` ON `recommendations` (`audit_id`,`number`);--> statement-breakpoint
CREATE INDEX `recommendations_addressee_idx` ON `recommendations` (`addressee_agency_id`);