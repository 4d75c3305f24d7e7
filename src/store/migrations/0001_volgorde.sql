ALTER TABLE `signalen` ADD `volgorde` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `signalen_volgorde` ON `signalen` (`volgorde`);