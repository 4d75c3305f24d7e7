ALTER TABLE `signalen` ADD `aard` text DEFAULT 'signaal' NOT NULL;--> statement-breakpoint
ALTER TABLE `signalen` ADD `melder` text DEFAULT 'professional' NOT NULL;--> statement-breakpoint
CREATE TABLE `tellingen` (
	`tabel` text NOT NULL,
	`periode` text NOT NULL,
	`partner` text NOT NULL,
	`a` text NOT NULL,
	`b` text NOT NULL,
	`aantal` integer NOT NULL,
	PRIMARY KEY(`tabel`, `periode`, `partner`, `a`, `b`)
);
