-- An app-side projection of the engine's open user tasks, kept by task listeners in the same
-- transaction, so task lists filter, count, sort and page in one indexed query (DESIGN.md §10).
create table open_task (
  task_id varchar(64) primary key,
  task_type varchar(100) not null,
  name varchar(300),
  process_key varchar(100) not null,
  process_instance_id varchar(64) not null,
  dossier_id bigint,
  campaign_code varchar(40),
  category_code varchar(40),
  locality varchar(10),
  assignee varchar(100),
  due_at timestamp with time zone,
  created_at timestamp with time zone not null
);
create index open_task_assignee on open_task (assignee, due_at);
create index open_task_campaign on open_task (campaign_code, task_type);

create table open_task_group (
  task_id varchar(64) not null references open_task(task_id) on delete cascade,
  group_id varchar(100) not null,
  primary key (task_id, group_id)
);
create index open_task_group_group on open_task_group (group_id, task_id);
