CREATE TABLE `bladen` (
	`nummer` integer PRIMARY KEY NOT NULL,
	`tijdstip` integer NOT NULL,
	`inhoud` text NOT NULL,
	`zouten` text
);
--> statement-breakpoint
ALTER TABLE `logboek` ADD `blad` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `logboek_blad` ON `logboek` (`blad`);--> statement-breakpoint
-- Before one leaf per request every entry was a leaf of its own: its text is the leaf.
INSERT INTO `bladen` (`nummer`, `tijdstip`, `inhoud`, `zouten`) SELECT `volgnummer`, `tijdstip`, `inhoud`, NULL FROM `logboek`;--> statement-breakpoint
UPDATE `logboek` SET `blad` = `volgnummer`;
