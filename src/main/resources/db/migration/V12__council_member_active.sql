-- A council member who no longer has the juror role keeps their row (their votes stay valid) but is
-- no longer assigned: active follows the identity provider at each refresh.
alter table council_member add column active boolean default true not null;
