-- The sleutelbewaarder's own D1 (wrangler.sleutelbewaarder.toml): used token ids and counts
-- per partner and day, nothing else. The same tables as its SQLite file in Node
-- (src/node/sleutelbewaarder-opslag.ts). Not the gateway's database or migrations.
CREATE TABLE IF NOT EXISTS jti (jti TEXT PRIMARY KEY, tot INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS tellingen (
  partner TEXT NOT NULL, dag TEXT NOT NULL, aantal INTEGER NOT NULL,
  PRIMARY KEY (partner, dag)
) STRICT;
