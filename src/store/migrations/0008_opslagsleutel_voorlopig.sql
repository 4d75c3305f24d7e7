CREATE TABLE `opslagsleutel` (
	`id` integer PRIMARY KEY NOT NULL,
	`vingerafdruk` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `signalen` ADD `voorlopig` integer DEFAULT false NOT NULL;