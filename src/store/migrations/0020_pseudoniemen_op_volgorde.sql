-- Issue 13: the pseudonyms of a signal are keyed by its commit order (volgorde, ascending)
-- instead of its random id, in a WITHOUT ROWID table. A registration then appends its rows at
-- the end of the primary key instead of writing a random page of it (and of a rowid table
-- besides): fewer pages per commit, a smaller WAL, cheaper checkpoints. The id stays the
-- signal's only outside name; volgorde never leaves the gateway.
--
-- Rows from before 0001_volgorde all have volgorde 0; they get distinct negative numbers, so
-- they stay earlier than every later signal and volgorde can be unique.
UPDATE `signalen` SET `volgorde` = -`rowid` WHERE `volgorde` = 0;--> statement-breakpoint
DROP INDEX `signalen_volgorde`;--> statement-breakpoint
CREATE UNIQUE INDEX `signalen_volgorde` ON `signalen` (`volgorde`);--> statement-breakpoint
CREATE TABLE `pseudoniemen_nieuw` (
	`signaal` integer NOT NULL,
	`soort` text NOT NULL,
	`waarde` text NOT NULL,
	PRIMARY KEY(`signaal`, `soort`, `waarde`),
	FOREIGN KEY (`signaal`) REFERENCES `signalen`(`volgorde`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `pseudoniemen_nieuw` (`signaal`, `soort`, `waarde`)
SELECT s.`volgorde`, p.`soort`, p.`waarde` FROM `pseudoniemen` p JOIN `signalen` s ON s.`id` = p.`signaal_id`;--> statement-breakpoint
DROP TABLE `pseudoniemen`;--> statement-breakpoint
ALTER TABLE `pseudoniemen_nieuw` RENAME TO `pseudoniemen`;--> statement-breakpoint
CREATE INDEX `pseudoniemen_soort_waarde` ON `pseudoniemen` (`soort`,`waarde`);
