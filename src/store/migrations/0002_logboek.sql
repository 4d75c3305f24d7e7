CREATE TABLE `checkpoints` (
	`grootte` integer PRIMARY KEY NOT NULL,
	`root` blob NOT NULL,
	`note` text NOT NULL,
	`gemaakt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cosignaturen` (
	`grootte` integer NOT NULL,
	`getuige` text NOT NULL,
	`vkey` text NOT NULL,
	`partner` text NOT NULL,
	`tijd` integer NOT NULL,
	`regel` text NOT NULL,
	`ontvangen_op` integer NOT NULL,
	PRIMARY KEY(`grootte`, `vkey`),
	FOREIGN KEY (`grootte`) REFERENCES `checkpoints`(`grootte`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cosignaturen_getuige` ON `cosignaturen` (`getuige`);--> statement-breakpoint
CREATE TABLE `merkle_knopen` (
	`niveau` integer NOT NULL,
	`positie` integer NOT NULL,
	`hash` blob NOT NULL,
	PRIMARY KEY(`niveau`, `positie`)
);
