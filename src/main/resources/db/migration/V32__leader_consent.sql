-- A leader's own consent (issue 13, Decree 13/2023, Law 91/2025): one-time links sent to the
-- leader's address, kept only as the SHA-256 of their token; the dossier's consent state.
create table consent_request (
  id bigint primary key,
  dossier_id bigint not null references dossier(id),
  token_hash varchar(64) not null unique,
  notice_version varchar(20) not null,
  sent_by varchar(100) not null,
  sent_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  decision varchar(20),
  decided_at timestamp with time zone
);
create index consent_request_dossier on consent_request (dossier_id);
alter table dossier add column consent_state varchar(20) default 'NOT_REQUESTED' not null;
