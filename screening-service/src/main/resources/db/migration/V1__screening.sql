-- Screening and development of key accounts (seed: 大用户筛选步骤, 大用户开发方案).

create table customer (
  id                            uuid primary key,
  name                          text not null,
  credit_code                   text not null,
  industry                      text,
  org_unit                      text not null,
  contact_name                  text,
  contact_phone                 text,
  contact_email                 text,
  annual_sales                  numeric(18, 2) not null default 0,
  purchase_frequency            int not null default 0,
  product_category              text not null,
  customer_nature               text not null,
  service_content               text not null,
  classification_policy_version int not null,
  status                        text not null,
  matched_rules                 text,
  identified_at                 timestamptz,
  identified_policy_version     int,
  rep_id                        text,
  confirmation_chain_id         uuid,
  proposed_rep_id               text,
  proposal_justification        text,
  confirmed_at                  timestamptz,
  confirmed_policy_version      int,
  demoted_at                    timestamptz,
  demotion_reason               text,
  demotion_cause_event_id       text,
  created_by                    text not null,
  created_at                    timestamptz not null,
  updated_at                    timestamptz not null,
  version                       bigint not null default 0,
  constraint customer_credit_code_unique unique (credit_code)
);
create index customer_keyset on customer (created_at, id);
create index customer_org on customer (org_unit text_pattern_ops);
create index customer_status on customer (status);
create index customer_rep on customer (rep_id);

create table customer_import (
  id          uuid primary key,
  format      text not null,
  row_count   int not null,
  imported_by text not null,
  imported_at timestamptz not null
);

create table screening_run (
  id                 uuid primary key,
  policy_version     int not null,
  org_scope          text not null,
  scanned            int not null,
  matched            int not null,
  newly_identified   int not null,
  changed            int not null,
  run_by             text not null,
  run_at             timestamptz not null
);

create table screening_result (
  id            uuid primary key,
  run_id        uuid not null references screening_run (id),
  customer_id   uuid not null references customer (id),
  customer_name text not null,
  org_unit      text not null,
  matched_rules text not null,
  outcome       text not null,
  created_at    timestamptz not null
);
create index screening_result_run on screening_result (run_id, created_at, id);

create table needs_analysis (
  id                  uuid primary key,
  customer_id         uuid not null references customer (id),
  needs               jsonb not null,
  sales_opportunities jsonb not null,
  summary             text,
  analysed_by         text not null,
  created_at          timestamptz not null
);
create index needs_analysis_customer on needs_analysis (customer_id, created_at);

create table resource_fit (
  id                 uuid primary key,
  customer_id        uuid not null references customer (id),
  needs_analysis_id  uuid references needs_analysis (id),
  technical_score    int not null,
  production_score   int not null,
  after_sales_score  int not null,
  technical_weight   numeric(5, 4) not null,
  production_weight  numeric(5, 4) not null,
  after_sales_weight numeric(5, 4) not null,
  technical_note     text,
  production_note    text,
  after_sales_note   text,
  fit_score          numeric(7, 2) not null,
  likelihood         text not null,
  policy_version     int not null,
  assessed_by        text not null,
  created_at         timestamptz not null
);
create index resource_fit_customer on resource_fit (customer_id, created_at);

create table competitor_analysis (
  id             uuid primary key,
  customer_id    uuid not null references customer (id),
  competitors    jsonb not null,
  our_strengths  text,
  our_weaknesses text,
  analysed_by    text not null,
  created_at     timestamptz not null
);
create index competitor_analysis_customer on competitor_analysis (customer_id, created_at);

create table risk_analysis (
  id             uuid primary key,
  customer_id    uuid not null references customer (id),
  lines          jsonb not null,
  weighted_total numeric(7, 2) not null,
  level          text not null,
  policy_version int not null,
  note           text,
  analysed_by    text not null,
  created_at     timestamptz not null
);
create index risk_analysis_customer on risk_analysis (customer_id, created_at);

create table development_analysis (
  id             uuid primary key,
  customer_id    uuid not null references customer (id),
  input          jsonb not null,
  verdict        jsonb not null,
  worth          boolean not null,
  policy_version int not null,
  analysed_by    text not null,
  created_at     timestamptz not null
);
create index development_analysis_customer on development_analysis (customer_id, created_at);

create table development_plan (
  id                   uuid primary key,
  customer_id          uuid not null unique references customer (id),
  advantages           jsonb not null,
  method               text,
  meeting_date         date,
  meeting_participants text,
  meeting_notes        text,
  first_contact_method text,
  first_contact_date   date,
  first_contact_note   text,
  created_by           text not null,
  created_at           timestamptz not null,
  updated_at           timestamptz not null,
  version              bigint not null default 0
);

create table development_record (
  id                uuid primary key,
  customer_id       uuid not null unique references customer (id),
  outcome           text,
  outcome_reason    text,
  outcome_note      text,
  outcome_by        text,
  outcome_at        timestamptz,
  created_at        timestamptz not null,
  version           bigint not null default 0
);

create table development_contact (
  id               uuid primary key,
  record_id        uuid not null references development_record (id),
  contacted_at     timestamptz not null,
  person_visited   text not null,
  duration_minutes int not null,
  method           text not null,
  stage            text not null,
  attitude         text not null,
  note             text,
  recorded_by      text not null,
  created_at       timestamptz not null
);
create index development_contact_record on development_contact (record_id, contacted_at);

create table archive_document (
  id             uuid primary key,
  customer_id    uuid not null references customer (id),
  document_type  text not null,
  title          text not null,
  reference_id   uuid,
  status         text not null,
  archive_number text unique,
  sent_at        date,
  filed_by       text,
  filed_at       timestamptz,
  registered_by  text not null,
  created_at     timestamptz not null,
  version        bigint not null default 0
);
create index archive_document_customer on archive_document (customer_id, created_at);
create index archive_document_keyset on archive_document (created_at, id);
