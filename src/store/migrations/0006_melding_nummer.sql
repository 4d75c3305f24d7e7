ALTER TABLE `meldingen` ADD `nummer` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Existing notices keep their number, so a cursor a partner holds stays valid; new ones
-- count on per partner from there.
UPDATE `meldingen` SET `nummer` = `id`;--> statement-breakpoint
CREATE UNIQUE INDEX `meldingen_partner_nummer` ON `meldingen` (`partner`,`nummer`);
