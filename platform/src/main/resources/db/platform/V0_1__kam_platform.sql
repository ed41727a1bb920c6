-- Platform tables shared by every KAM service (each in its own database). Versions V0_x sort before the
-- service's own V1+ migrations; Flyway reads them from classpath:db/platform.

create table kam_outbox (
  seq          bigserial primary key,
  event_id     uuid not null unique,
  topic        text not null,
  msg_key      text not null,
  event_type   text not null,
  payload      text not null,
  created_at   timestamptz not null default clock_timestamp(),
  published_at timestamptz,
  attempts     int not null default 0
);
create index kam_outbox_unpublished on kam_outbox (seq) where published_at is null;

create table kam_inbox (
  consumer        text not null,
  event_id        text not null,
  event_type      text,
  topic           text,
  kafka_partition int,
  kafka_offset    bigint,
  outcome         text not null check (outcome in ('PROCESSED', 'DEAD_LETTERED')),
  error           text,
  received_at     timestamptz not null default now(),
  primary key (consumer, event_id)
);

create table kam_approval_chain (
  id             uuid primary key,
  subject_type   text not null,
  subject_id     uuid not null,
  status         text not null,
  current_step   int not null,
  revision_count int not null default 0,
  created_by     text not null,
  created_at     timestamptz not null,
  completed_at   timestamptz,
  version        bigint not null default 0
);
create index kam_approval_chain_subject on kam_approval_chain (subject_type, subject_id);

create table kam_approval_step (
  id        uuid primary key,
  chain_id  uuid not null references kam_approval_chain (id) on delete cascade,
  position  int not null,
  name      text not null,
  role      text not null,
  org_scope text,
  kind      text not null,
  parties   text,
  status    text not null,
  unique (chain_id, position)
);

create table kam_approval_decision (
  id            uuid primary key,
  chain_id      uuid not null references kam_approval_chain (id) on delete cascade,
  step_position int not null,
  step_name     text not null,
  revision      int not null,
  actor         text not null,
  actor_role    text not null,
  actor_org     text,
  party         text,
  decision      text not null,
  comment       text,
  decided_at    timestamptz not null
);
create index kam_approval_decision_chain on kam_approval_decision (chain_id);

create table kam_deadline (
  id                    uuid primary key,
  subject_type          text not null,
  subject_id            uuid not null,
  name                  text not null,
  account_id            text,
  due_at                timestamptz not null,
  original_due_at       timestamptz not null,
  warn_at               timestamptz,
  max_due_at            timestamptz,
  extension_role        text,
  status                text not null,
  warned_at             timestamptz,
  breached_at           timestamptz,
  completed_at          timestamptz,
  extensions            int not null default 0,
  last_extension_by     text,
  last_extension_reason text,
  created_at            timestamptz not null,
  version               bigint not null default 0
);
create index kam_deadline_active on kam_deadline (due_at) where status = 'ACTIVE';
create index kam_deadline_subject on kam_deadline (subject_type, subject_id);

create table kam_policy_document (
  id                      uuid primary key,
  policy_key              text not null,
  version                 int not null,
  title                   text not null,
  document_number         text not null,
  controlled_status       text not null,
  implementing_department text,
  supervising_department  text,
  verifying_department    text,
  status                  text not null,
  content                 jsonb not null,
  change_summary          text,
  prepared_by             text not null,
  prepared_at             timestamptz not null,
  reviewed_by             text,
  reviewed_at             timestamptz,
  review_comment          text,
  approved_by             text,
  approved_at             timestamptz,
  revision_mark           text,
  revision_count          int not null default 0,
  revision_date           date,
  row_version             bigint not null default 0,
  unique (policy_key, version)
);
create unique index kam_policy_one_in_force on kam_policy_document (policy_key) where status = 'IN_FORCE';

create table kam_audit (
  id          uuid primary key,
  at          timestamptz not null,
  actor       text not null,
  roles       text,
  action      text not null,
  entity_type text not null,
  entity_id   text not null,
  details     jsonb not null,
  request_id  text
);
create index kam_audit_entity on kam_audit (entity_type, entity_id, at);

create table kam_idempotency (
  principal     text not null,
  idem_key      text not null,
  method        text not null,
  path          text not null,
  request_hash  text not null,
  status        int,
  response_body text,
  location      text,
  created_at    timestamptz not null default now(),
  completed_at  timestamptz,
  primary key (principal, idem_key)
);
