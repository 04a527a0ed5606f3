-- Retention and data subjects' rights (issue 13, Decree 13/2023, Law 91/2025): each campaign states
-- how long personal data of nominees not awarded is kept after its results are published (null: the
-- setting dx.consent.retention-months); a dossier records when its personal data was erased.
alter table campaign add column personal_data_retention_months integer;
alter table campaign add column published_at timestamp with time zone;
update campaign set published_at = coalesce(
    (select max(a.at) from audit_log a where a.campaign_code = campaign.code and a.action = 'PHASE_ENTERED'
        and a.to_state = 'PUBLISHED'),
    current_timestamp)
  where phase = 'PUBLISHED';
alter table dossier add column personal_data_erased_at timestamp with time zone;
