-- The prepared (unsigned) award decision of a campaign: it carries the decision's number, allocated
-- once per issuing body and calendar year when the decision is first prepared, and kept when the
-- chair returns the proposal (a new proposal re-renders the same number), so numbers have no gaps.
create table decision_draft (
  id bigint primary key,
  campaign_id bigint not null unique references campaign(id),
  proposal_id bigint not null references proposal(id),
  issuer_code varchar(40) not null,
  decision_year integer not null,
  decision_number integer not null,
  symbol varchar(60) not null,
  decision_date date not null,
  signer_name varchar(200) not null,
  prepared_by varchar(100) not null,
  prepared_at timestamp with time zone not null,
  document bytea not null,
  sha256 varchar(64) not null,
  constraint decision_draft_number_once unique (issuer_code, decision_year, decision_number)
);

-- Numbers are per issuing body and year; how the decision was signed and by which certificate.
alter table award_decision add column issuer_code varchar(40);
alter table award_decision add column signature_kind varchar(20);
alter table award_decision add column signer_certificate varchar(1000);
alter table award_decision drop constraint if exists award_decision_decision_year_decision_number_key;
create unique index award_decision_number_once on award_decision (issuer_code, decision_year, decision_number);
