-- DX Awards: the application's own tables (the BPMN engine keeps its ACT_* tables beside them).
-- Portable SQL: runs unchanged on PostgreSQL 15 and H2 2.x.

create sequence dx_seq start with 1 increment by 50;

create table locality (
  code varchar(10) primary key,
  official_code varchar(10),
  name varchar(100) not null,
  name_en varchar(100) not null,
  kind varchar(10) not null,
  valid_from date,
  valid_to date,
  successor_code varchar(10) references locality(code)
);

create table nominating_body (
  code varchar(40) primary key,
  name varchar(300) not null,
  province_code varchar(10) references locality(code)
);

create table campaign (
  id bigint primary key,
  code varchar(40) not null unique,
  name_vi varchar(300) not null,
  name_en varchar(300) not null,
  campaign_year integer not null,
  phase varchar(20) not null,
  award_count integer not null,
  nomination_start date not null,
  nomination_end date not null,
  appraisal_start date not null,
  appraisal_end date not null,
  deliberation_end date,
  decision_end date,
  ceremony_date date,
  jurors_per_dossier integer not null,
  quorum_numerator integer not null,
  quorum_denominator integer not null,
  intake_days integer not null,
  scoring_days integer not null,
  secret_ballot boolean not null,
  process_instance_id varchar(64),
  created_at timestamp with time zone not null,
  version bigint not null
);

create table campaign_block (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  code varchar(40) not null,
  name_vi varchar(300) not null,
  name_en varchar(300) not null,
  award_quota integer,
  unique (campaign_id, code)
);

create table category (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  code varchar(40) not null,
  name_vi varchar(300) not null,
  name_en varchar(300) not null,
  kind varchar(10) not null,
  block_code varchar(40),
  award_quota integer,
  max_per_body integer,
  sort_order integer not null,
  unique (campaign_id, code)
);

create table criterion (
  id bigint primary key,
  category_id bigint not null references category(id),
  code varchar(20) not null,
  name_vi varchar(300) not null,
  name_en varchar(300) not null,
  description_vi varchar(2000),
  description_en varchar(2000),
  weight integer not null,
  sort_order integer not null,
  unique (category_id, code)
);

create table dossier (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  category_id bigint not null references category(id),
  body_code varchar(40) not null references nominating_body(code),
  reference varchar(40) not null unique,
  status varchar(30) not null,
  overdue boolean not null,
  nominee_name varchar(300) not null,
  nominee_tax_code varchar(20),
  nominee_province varchar(10) not null references locality(code),
  nominee_ownership varchar(40),
  nominee_website varchar(300),
  nominee_position varchar(300),
  nominee_organization varchar(300),
  nominee_organization_tax_code varchar(20),
  contact_name varchar(200),
  contact_email varchar(200),
  contact_phone varchar(40),
  consent_given boolean not null,
  consent_text_version varchar(40),
  consent_at timestamp with time zone,
  consent_by varchar(100),
  strategy varchar(10000),
  scale varchar(10000),
  initiatives varchar(10000),
  results varchar(10000),
  support_wishes varchar(10000),
  created_by varchar(100) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  submitted_at timestamp with time zone,
  intake_due timestamp with time zone,
  supplement_due timestamp with time zone,
  process_instance_id varchar(64),
  version bigint not null
);
create index dossier_campaign_status on dossier (campaign_id, status);
create index dossier_body on dossier (campaign_id, body_code);

create table attachment (
  id bigint primary key,
  dossier_id bigint not null references dossier(id),
  file_name varchar(255) not null,
  content_type varchar(100) not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  uploaded_by varchar(100) not null,
  uploaded_at timestamp with time zone not null
);
create index attachment_dossier on attachment (dossier_id);

-- Kept apart so that listing attachments never reads their bytes.
create table attachment_content (
  attachment_id bigint primary key references attachment(id),
  content bytea not null
);

create table intake_decision (
  id bigint primary key,
  dossier_id bigint not null references dossier(id),
  decision varchar(30) not null,
  note varchar(4000),
  due_date date,
  decided_by varchar(100) not null,
  decided_at timestamp with time zone not null
);
create index intake_decision_dossier on intake_decision (dossier_id);

create table assignment (
  id bigint primary key,
  dossier_id bigint not null references dossier(id),
  juror varchar(100) not null,
  status varchar(20) not null,
  reason varchar(500),
  due_date date not null,
  process_instance_id varchar(64),
  created_at timestamp with time zone not null,
  ended_at timestamp with time zone,
  version bigint not null
);
create index assignment_dossier on assignment (dossier_id);
create index assignment_juror on assignment (juror, status);

create table juror_conflict (
  id bigint primary key,
  dossier_id bigint not null references dossier(id),
  juror varchar(100) not null,
  reason varchar(2000) not null,
  declared_at timestamp with time zone not null,
  unique (dossier_id, juror)
);

create table scorecard (
  id bigint primary key,
  assignment_id bigint not null unique references assignment(id),
  dossier_id bigint not null references dossier(id),
  juror varchar(100) not null,
  status varchar(20) not null,
  comment varchar(4000),
  recommendation varchar(20),
  total numeric(7,3),
  revision integer not null,
  submitted_at timestamp with time zone,
  updated_at timestamp with time zone not null,
  version bigint not null
);
create index scorecard_dossier on scorecard (dossier_id);

create table scorecard_score (
  scorecard_id bigint not null references scorecard(id),
  criterion_code varchar(20) not null,
  score integer not null,
  primary key (scorecard_id, criterion_code)
);

create table scorecard_proposal (
  scorecard_id bigint not null references scorecard(id),
  position integer not null,
  proposal_type varchar(20) not null,
  text varchar(2000),
  primary key (scorecard_id, position)
);

-- Every earlier state of a submitted scorecard, kept when it is revised in deliberation.
create table scorecard_revision (
  id bigint primary key,
  scorecard_id bigint not null references scorecard(id),
  revision integer not null,
  scores varchar(2000) not null,
  comment varchar(4000),
  recommendation varchar(20),
  total numeric(7,3),
  reason varchar(2000),
  recorded_at timestamp with time zone not null,
  unique (scorecard_id, revision)
);

create table vote (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  dossier_id bigint not null references dossier(id),
  juror varchar(100) not null,
  choice varchar(10) not null,
  cast_at timestamp with time zone not null,
  unique (dossier_id, juror)
);

create table proposal (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  status varchar(20) not null,
  sent_by varchar(100) not null,
  sent_at timestamp with time zone not null,
  comment varchar(4000),
  decided_by varchar(100),
  decided_at timestamp with time zone
);

create table proposal_entry (
  proposal_id bigint not null references proposal(id),
  dossier_id bigint not null references dossier(id),
  ranking integer not null,
  score numeric(7,3),
  approvals integer not null,
  rejections integer not null,
  abstentions integer not null,
  awarded boolean not null,
  primary key (proposal_id, dossier_id)
);

create table award_decision (
  id bigint primary key,
  campaign_id bigint not null unique references campaign(id),
  proposal_id bigint not null references proposal(id),
  decision_year integer not null,
  decision_number integer not null,
  symbol varchar(40) not null,
  signed_by varchar(100) not null,
  signed_at timestamp with time zone not null,
  document bytea not null,
  sha256 varchar(64) not null,
  unique (decision_year, decision_number)
);

-- Append-only: the application inserts and never updates or deletes.
create table audit_log (
  id bigint primary key,
  at timestamp with time zone not null,
  actor varchar(100) not null,
  action varchar(60) not null,
  campaign_code varchar(40),
  dossier_id bigint,
  from_state varchar(40),
  to_state varchar(40),
  detail varchar(4000)
);
create index audit_log_dossier on audit_log (dossier_id);

-- The council of a campaign: every user with the realm role juror (the chair included), taken
-- from the identity provider with their affiliation and locality, which decide conflicts.
create table council_member (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  username varchar(100) not null,
  full_name varchar(200),
  org varchar(40),
  province varchar(10),
  chair boolean not null,
  unique (campaign_id, username)
);
