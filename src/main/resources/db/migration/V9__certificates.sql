-- Certificates (giấy chứng nhận): one per awardee, numbered when the results are published.
-- The number is printed on the certificate and encoded in its QR code; the public verification
-- page confirms it with the holder and the decision it comes from.
create table certificate (
  id bigint primary key,
  cert_number varchar(40) not null unique,
  cert_year integer not null,
  sequence_number integer not null,
  campaign_id bigint not null references campaign(id),
  dossier_id bigint not null unique references dossier(id),
  decision_id bigint not null references award_decision(id),
  -- the holder's name as published; the certificate keeps it even if the dossier is later corrected
  holder varchar(300) not null,
  status varchar(20) not null,
  issued_at timestamp with time zone not null,
  revoked_at timestamp with time zone,
  revoked_reason varchar(1000),
  unique (cert_year, sequence_number)
);

create index certificate_campaign on certificate (campaign_id, sequence_number);
