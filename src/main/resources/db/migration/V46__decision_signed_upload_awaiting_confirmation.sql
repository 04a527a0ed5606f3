-- A decision signed outside the application, uploaded from the browser: checked, then kept here
-- until the chair confirms that it be issued (the confirmation page needs no second upload).
alter table decision_draft add column signed_upload bytea;
alter table decision_draft add column signed_upload_sha256 varchar(64);
alter table decision_draft add column signed_upload_by varchar(100);
