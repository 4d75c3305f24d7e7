CREATE TABLE `quota_tellers` (
	`partner` text NOT NULL,
	`teller` text NOT NULL,
	`venster` text NOT NULL,
	`vanaf` integer NOT NULL,
	`tot` integer NOT NULL,
	`aantal` integer NOT NULL,
	PRIMARY KEY(`partner`, `teller`, `venster`, `vanaf`)
);
--> statement-breakpoint
CREATE INDEX `quota_tellers_tot` ON `quota_tellers` (`tot`);--> statement-breakpoint
CREATE TABLE `waarschuwingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner` text NOT NULL,
	`gebruiker` text NOT NULL,
	`aanleiding` text NOT NULL,
	`teller` text NOT NULL,
	`venster` text NOT NULL,
	`vanaf` integer NOT NULL,
	`tot` integer NOT NULL,
	`limiet` integer NOT NULL,
	`aantal` integer NOT NULL,
	`eerste_op` integer NOT NULL,
	`laatste_op` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `waarschuwingen_sleutel` ON `waarschuwingen` (`partner`,`gebruiker`,`aanleiding`,`teller`,`venster`,`vanaf`);--> statement-breakpoint
CREATE INDEX `waarschuwingen_partner_id` ON `waarschuwingen` (`partner`,`id`);--> statement-breakpoint
CREATE INDEX `waarschuwingen_laatste_op` ON `waarschuwingen` (`laatste_op`);