-- The assignment optimiser (issue 4): per-juror load bounds of a campaign, the jurors' sector
-- expertise (category codes, comma-separated, from the identity provider) and the affinity an
-- assignment was made with.
alter table campaign add column min_load integer default 0 not null;
alter table campaign add column max_load integer default 150 not null;
alter table council_member add column expertise varchar(500);
alter table assignment add column affinity double precision;
