CREATE TABLE `logboek` (
	`volgnummer` integer PRIMARY KEY NOT NULL,
	`tijdstip` integer NOT NULL,
	`actie` text NOT NULL,
	`partner` text NOT NULL,
	`bron` text,
	`ontvanger` text,
	`signaal` text,
	`doel` text,
	`inhoud` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `logboek_signaal` ON `logboek` (`signaal`);--> statement-breakpoint
CREATE INDEX `logboek_tijdstip` ON `logboek` (`tijdstip`);--> statement-breakpoint
CREATE TABLE `meldingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner` text NOT NULL,
	`signaal_id` text NOT NULL,
	`inhoud` text NOT NULL,
	`logboek` integer NOT NULL,
	`aangemaakt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meldingen_partner_id` ON `meldingen` (`partner`,`id`);--> statement-breakpoint
CREATE TABLE `openingen` (
	`volgnummer` integer PRIMARY KEY NOT NULL,
	`opening` blob NOT NULL,
	`vervalt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `openingen_vervalt_op` ON `openingen` (`vervalt_op`);--> statement-breakpoint
CREATE TABLE `pseudoniemen` (
	`signaal_id` text NOT NULL,
	`soort` text NOT NULL,
	`waarde` text NOT NULL,
	PRIMARY KEY(`signaal_id`, `soort`, `waarde`),
	FOREIGN KEY (`signaal_id`) REFERENCES `signalen`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pseudoniemen_soort_waarde` ON `pseudoniemen` (`soort`,`waarde`);--> statement-breakpoint
CREATE TABLE `replay` (
	`sleutel` text PRIMARY KEY NOT NULL,
	`vervalt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `replay_vervalt_op` ON `replay` (`vervalt_op`);--> statement-breakpoint
CREATE TABLE `signalen` (
	`id` text PRIMARY KEY NOT NULL,
	`partner` text NOT NULL,
	`gebruiker` text NOT NULL,
	`rol` text NOT NULL,
	`uitbuitingsvormen` text NOT NULL,
	`sterkte` text NOT NULL,
	`gemeente` text NOT NULL,
	`doel` text NOT NULL,
	`niet_informeren` integer DEFAULT false NOT NULL,
	`referentie` text,
	`geregistreerd_op` integer NOT NULL,
	`vervalt_op` integer NOT NULL,
	`ingetrokken_op` integer
);
--> statement-breakpoint
CREATE INDEX `signalen_partner` ON `signalen` (`partner`);--> statement-breakpoint
CREATE INDEX `signalen_vervalt_op` ON `signalen` (`vervalt_op`);