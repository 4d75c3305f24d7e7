CREATE TABLE `casusinzagen` (
	`signaal` text PRIMARY KEY NOT NULL,
	`vingerafdruk` text NOT NULL,
	`blad` integer NOT NULL
);
