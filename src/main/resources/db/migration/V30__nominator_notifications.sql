-- Messages to nominating bodies (issue 13): the secretariat's note and a link a message carries, and
-- the in-app notifications page, which reads the same rows (one per recipient) with their read mark.
alter table outbox add column note varchar(4000);
alter table outbox add column link varchar(500);
alter table outbox add column read_at timestamp with time zone;
create index outbox_recipient on outbox (recipient, created_at);
