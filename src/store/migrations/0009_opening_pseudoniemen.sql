CREATE TABLE `opening_pseudoniemen` (
	`waarde` text NOT NULL,
	`volgnummer` integer NOT NULL,
	`vervalt_op` integer NOT NULL,
	PRIMARY KEY(`waarde`, `volgnummer`)
);
--> statement-breakpoint
CREATE INDEX `opening_pseudoniemen_volgnummer` ON `opening_pseudoniemen` (`volgnummer`);--> statement-breakpoint
CREATE INDEX `opening_pseudoniemen_vervalt_op` ON `opening_pseudoniemen` (`vervalt_op`);--> statement-breakpoint
-- Existing openings: index the pseudonyms of the signal each entry is about (a verstrekking
-- commits to a subset of them; the inzage checks every commitment, so a surplus finds nothing).
-- Openings of earlier inzage entries cannot be indexed: their pseudonyms were never stored.
INSERT OR IGNORE INTO `opening_pseudoniemen` (`waarde`, `volgnummer`, `vervalt_op`)
SELECT p.`waarde`, o.`volgnummer`, o.`vervalt_op`
FROM `openingen` o
JOIN `logboek` l ON l.`volgnummer` = o.`volgnummer`
JOIN `pseudoniemen` p ON p.`signaal_id` = l.`signaal`;
