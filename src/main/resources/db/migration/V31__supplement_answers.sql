-- What a supplement answer changed (issue 13): the dossier's fingerprint when the secretariat asked,
-- and, once answered, when and which parts changed, for the dossier page and the secretariat.
alter table intake_decision add column snapshot varchar(4000);
alter table intake_decision add column answered_at timestamp with time zone;
alter table intake_decision add column changes varchar(2000);
