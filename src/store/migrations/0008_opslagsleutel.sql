CREATE TABLE `opslagsleutel` (
	`id` integer PRIMARY KEY NOT NULL,
	`vingerafdruk` text NOT NULL
);
