-- Issue 17: who leads a casus. One row per casus (its public id); the database, not the
-- reader, decides which of two racing claims wins: a second first regisseur fails on the
-- trigger (and the primary key behind it), and a handover only replaces the regisseur it was
-- proposed under. The loser's whole transaction (SQLite) or batch (D1) rolls back.
CREATE TABLE `regie` (
	`casus` text PRIMARY KEY NOT NULL,
	`regisseur` text NOT NULL,
	`doel` text NOT NULL,
	`sinds` integer NOT NULL,
	`vorige` text,
	`voorstel` text
);
--> statement-breakpoint
CREATE TRIGGER `regie_een_regisseur` BEFORE INSERT ON `regie`
WHEN EXISTS (SELECT 1 FROM `regie` WHERE `casus` = NEW.`casus`)
BEGIN
	SELECT RAISE(ABORT, 'regie-al-beslist');
END;
--> statement-breakpoint
CREATE TRIGGER `regie_overdragen` BEFORE UPDATE ON `regie`
WHEN NEW.`vorige` IS NULL OR OLD.`regisseur` <> NEW.`vorige`
BEGIN
	SELECT RAISE(ABORT, 'regie-al-beslist');
END;
--> statement-breakpoint
CREATE TABLE `regievoorstellen` (
	`id` text PRIMARY KEY NOT NULL,
	`casus` text NOT NULL,
	`van` text NOT NULL,
	`naar` text NOT NULL,
	`doel` text NOT NULL,
	`status` text NOT NULL,
	`naar_signaal` text,
	`regisseur_bij_voorstel` text,
	`aangemaakt_op` integer NOT NULL,
	`beantwoord_op` integer
);
--> statement-breakpoint
CREATE INDEX `regievoorstellen_casus` ON `regievoorstellen` (`casus`);--> statement-breakpoint
CREATE TRIGGER `regievoorstel_een_antwoord` BEFORE UPDATE ON `regievoorstellen`
WHEN OLD.`status` <> 'open'
BEGIN
	SELECT RAISE(ABORT, 'regie-al-beslist');
END;
--> statement-breakpoint
-- Issue 17: a termijn that passed is reported once. The primary key makes a second report of
-- the same overdracht, proposal or request fail whole (two hourly jobs racing): exactly once.
CREATE TABLE `termijnmeldingen` (
	`onderwerp` text PRIMARY KEY NOT NULL,
	`soort` text NOT NULL,
	`verstreken_op` integer NOT NULL,
	`gemeld_op` integer NOT NULL
);
--> statement-breakpoint
-- Issue 17: a stapelregel that fired for a casus (counts and who was told, no content).
CREATE TABLE `stapelmeldingen` (
	`id` text PRIMARY KEY NOT NULL,
	`regel` text NOT NULL,
	`casus` text NOT NULL,
	`ontvanger` text NOT NULL,
	`aantal` integer NOT NULL,
	`partners` integer NOT NULL,
	`op` integer NOT NULL
);
