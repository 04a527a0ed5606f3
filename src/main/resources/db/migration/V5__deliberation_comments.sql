-- The council's discussion of a shortlisted dossier (thảo luận): comments, and replies one level deep.
create table deliberation_comment (
  id bigint primary key,
  campaign_id bigint not null references campaign(id),
  dossier_id bigint not null references dossier(id),
  parent_id bigint references deliberation_comment(id),
  author varchar(100) not null,
  author_name varchar(200),
  author_role varchar(20) not null,
  body varchar(4000) not null,
  posted_at timestamp with time zone not null
);
create index deliberation_comment_dossier on deliberation_comment (dossier_id, posted_at);
