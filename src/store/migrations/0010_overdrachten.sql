CREATE TABLE `overdrachten` (
	`id` text PRIMARY KEY NOT NULL,
	`signaal` text NOT NULL,
	`bron` text NOT NULL,
	`van` text NOT NULL,
	`naar` text NOT NULL,
	`doel` text NOT NULL,
	`referentie` text,
	`regels` text NOT NULL,
	`grondslagen` text NOT NULL,
	`inhoud` text NOT NULL,
	`status` text NOT NULL,
	`reden` text,
	`doorgezet_naar` text,
	`signaal_naar` text,
	`aangemaakt_op` integer NOT NULL,
	`beantwoord_op` integer
);
--> statement-breakpoint
CREATE INDEX `overdrachten_signaal` ON `overdrachten` (`signaal`);--> statement-breakpoint
CREATE INDEX `overdrachten_naar` ON `overdrachten` (`naar`);--> statement-breakpoint
CREATE TABLE `statussen` (
	`signaal` text PRIMARY KEY NOT NULL,
	`partner` text NOT NULL,
	`status` text NOT NULL,
	`toelichting` text,
	`gewijzigd_op` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `signalen` ADD `herkomst` text;