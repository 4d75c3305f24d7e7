ALTER TABLE `signalen` ADD `doelen` text;--> statement-breakpoint
-- Issue 16: an overdracht is answered once. Two answers racing for the same open overdracht
-- both read it as open; the database, not the reader, decides which one wins: an update of an
-- overdracht that is no longer open fails, so the loser's whole transaction (SQLite) or batch
-- (D1) rolls back: no second answer, logboek entry or inbox item. The adapters recognise the
-- message and answer 409.
CREATE TRIGGER `overdracht_een_antwoord` BEFORE UPDATE ON `overdrachten`
WHEN OLD.`status` <> 'open'
BEGIN
	SELECT RAISE(ABORT, 'overdracht-al-beantwoord');
END;
