-- Issue 16, decision 024: a cached dashboard answer also keeps its JSON gzip-compressed, once,
-- when it is stored: a browser that accepts gzip (every one) gets these bytes as they are, with no
-- text to decode from the row and no compression on every request. Rows stored before have none
-- and are served from their text until they are next stored.
ALTER TABLE "DashboardAnswer" ADD COLUMN "bodyGzip" BYTEA;
