-- What carries a dossier once the quorum is met: SIMPLE (approvals > rejections), ABSOLUTE
-- (approvals > half the votes cast) or TWO_THIRDS (approvals ≥ two thirds of the votes cast).
alter table campaign add column majority varchar(20) default 'SIMPLE' not null;
