CREATE TABLE `bezorgstanden` (
	`partner` text NOT NULL,
	`kanaal` text NOT NULL,
	`gemeld` integer NOT NULL,
	`mislukt` integer NOT NULL,
	`volgende_op` integer NOT NULL,
	PRIMARY KEY(`partner`, `kanaal`)
);
--> statement-breakpoint
CREATE TABLE `bezorgpogingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner` text NOT NULL,
	`kanaal` text NOT NULL,
	`tot` integer NOT NULL,
	`keer` integer NOT NULL,
	`tijdstip` integer NOT NULL,
	`uitkomst` text NOT NULL,
	`reden` text,
	`status` integer
);
--> statement-breakpoint
CREATE INDEX `bezorgpogingen_tijdstip` ON `bezorgpogingen` (`tijdstip`);
