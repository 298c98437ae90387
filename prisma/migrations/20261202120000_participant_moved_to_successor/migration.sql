-- Deltagare som gått vidare till insatsens efterföljare (DOMAIN.md §2, §3): they leave without
-- ending, a count of their own reported beside the ongoing.
ALTER TYPE "ParticipantMeasure" ADD VALUE 'MOVED_TO_SUCCESSOR' AFTER 'ONGOING';
