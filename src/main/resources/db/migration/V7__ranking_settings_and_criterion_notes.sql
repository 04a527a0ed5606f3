-- Ranking rules are campaign settings (docs/architecture.md, "Ranking rules"): how jurors' totals
-- are normalised, the spreads (points on 0–100) that flag a divergence, and the number of
-- bootstrap resamples behind the stability figure.
alter table campaign add column ranking_normalisation varchar(20) default 'NONE' not null;
alter table campaign add column divergence_warn integer default 20 not null;
alter table campaign add column divergence_high integer default 30 not null;
alter table campaign add column bootstrap_samples integer default 1000 not null;

-- A juror's note on one criterion: required where the score is 0 or 10.
create table scorecard_note (
  scorecard_id bigint not null references scorecard(id),
  criterion_code varchar(20) not null,
  note varchar(2000) not null,
  primary key (scorecard_id, criterion_code)
);

-- The criterion notes of an earlier state of a revised scorecard.
alter table scorecard_revision add column notes varchar(8000);
