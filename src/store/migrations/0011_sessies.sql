CREATE TABLE `inlogpogingen` (
	`id` text PRIMARY KEY NOT NULL,
	`organisatie` text NOT NULL,
	`state` text NOT NULL,
	`nonce` text NOT NULL,
	`verifier` text NOT NULL,
	`vervalt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inlogpogingen_vervalt_op` ON `inlogpogingen` (`vervalt_op`);--> statement-breakpoint
CREATE TABLE `sessies` (
	`id` text PRIMARY KEY NOT NULL,
	`organisatie` text NOT NULL,
	`persoon` text NOT NULL,
	`rollen` text NOT NULL,
	`csrf` text NOT NULL,
	`begonnen_op` integer NOT NULL,
	`actief_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessies_persoon` ON `sessies` (`persoon`);--> statement-breakpoint
CREATE INDEX `sessies_actief_op` ON `sessies` (`actief_op`);