-- Amendments after creation (PUT /api/campaigns/{code}, docs/api.md):
-- the campaign's own council (usernames, comma-separated; none = every user with the role juror),
-- its issuing body and signer's title (each none = the configured dx.decision.* value),
-- and the publication time (none = 00:00 ICT on the ceremony day).
alter table campaign add column council varchar(4000);
alter table campaign add column issuer_parent_body varchar(300);
alter table campaign add column issuer_body varchar(300);
alter table campaign add column issuer_code varchar(30);
alter table campaign add column issuer_place varchar(100);
alter table campaign add column issuer_authority varchar(300);
alter table campaign add column issuer_authority_text varchar(300);
alter table campaign add column signer_title varchar(200);
alter table campaign add column publication_at timestamp with time zone;
