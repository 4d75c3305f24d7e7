CREATE TABLE `meldingtellers` (
	`partner` text PRIMARY KEY NOT NULL,
	`laatste` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `meldingen` ADD `nummer` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Existing notices keep their number, so a cursor a partner holds stays valid.
UPDATE `meldingen` SET `nummer` = `id`;--> statement-breakpoint
CREATE UNIQUE INDEX `meldingen_partner_nummer` ON `meldingen` (`partner`,`nummer`);--> statement-breakpoint
-- Every partner that ever had or could have had a notice counts on from above any id ever
-- given out (each notice hung on its own verstrekking, so their number bounds the ids), so
-- no new notice is numbered below a cursor a partner holds.
INSERT INTO `meldingtellers` (`partner`, `laatste`)
SELECT DISTINCT `ontvanger`, (SELECT count(*) FROM `logboek` WHERE `actie` = 'verstrekking')
FROM `logboek` WHERE `actie` = 'verstrekking' AND `ontvanger` IS NOT NULL;
