-- Credit service schema (plan 3, 大用户信用管理方案). Money is numeric(19,2) in CNY.

create table credit_profile (
  id                    uuid primary key,
  account_id            text not null unique,
  account_name          text not null,
  org_unit              text not null,
  rep_id                text,
  status                text not null check (status in ('ACTIVE', 'DEMOTED', 'INACTIVE')),
  tier                  text check (tier in ('GREEN', 'YELLOW', 'RED', 'BLACK', 'ORDINARY')),
  volume_tier           text check (volume_tier in ('GREEN', 'YELLOW', 'RED', 'BLACK')),
  volume                numeric(19, 2) not null default 0,
  obligations_due       numeric(19, 2) not null default 0,
  obligations_fulfilled numeric(19, 2) not null default 0,
  fulfilment_rate       numeric(9, 6),
  score                 numeric(5, 2),
  evaluated_level       text,
  credit_limit          numeric(19, 2),
  last_evaluation_id    uuid,
  policy_version        int not null,
  confirmed_at          timestamptz,
  rated_at              timestamptz,
  created_at            timestamptz not null,
  updated_at            timestamptz not null,
  version               bigint not null default 0
);
create index credit_profile_org on credit_profile (org_unit);
create index credit_profile_keyset on credit_profile (created_at, id);

create table credit_transaction (
  id               uuid primary key,
  profile_id       uuid not null references credit_profile (id),
  account_id       text not null,
  source_id        text not null unique,
  amount           numeric(19, 2) not null,
  transaction_date date not null,
  contract_id      text,
  recorded_by      text not null,
  created_at       timestamptz not null
);
create index credit_transaction_account on credit_transaction (account_id, transaction_date);

create table credit_contract_performance (
  id                    uuid primary key,
  profile_id            uuid not null references credit_profile (id),
  account_id            text not null,
  source_id             text not null unique,
  contract_id           text not null,
  obligations_due       numeric(19, 2) not null,
  obligations_fulfilled numeric(19, 2) not null,
  as_of                 date not null,
  recorded_by           text not null,
  created_at            timestamptz not null
);
create index credit_performance_account on credit_contract_performance (account_id, contract_id, as_of);

create table credit_tier_change (
  id              uuid primary key,
  profile_id      uuid not null references credit_profile (id),
  account_id      text not null,
  previous_tier   text,
  tier            text not null,
  reason          text not null,
  fulfilment_rate numeric(9, 6),
  volume          numeric(19, 2),
  policy_version  int not null,
  decided_by      text not null,
  created_at      timestamptz not null
);
create index credit_tier_change_keyset on credit_tier_change (account_id, created_at, id);

create table credit_evaluation (
  id                uuid primary key,
  profile_id        uuid not null references credit_profile (id),
  account_id        text not null,
  status            text not null check (status in ('DRAFT', 'COMPLETED')),
  documents         text not null,
  basic_information text not null,
  scores            text not null,
  score             numeric(5, 2),
  level             text,
  credit_limit      numeric(19, 2),
  breakdown         text,
  policy_version    int not null,
  change_request_id uuid,
  created_by        text not null,
  created_at        timestamptz not null,
  completed_by      text,
  completed_at      timestamptz,
  version           bigint not null default 0
);
create index credit_evaluation_keyset on credit_evaluation (account_id, created_at, id);

create table credit_change_request (
  id                     uuid primary key,
  profile_id             uuid not null references credit_profile (id),
  account_id             text not null,
  org_unit               text not null,
  status                 text not null,
  current_tier           text,
  requested_tier         text not null,
  requested_credit_limit numeric(19, 2),
  reason                 text not null,
  trigger_kind           text not null,
  triggered_at           timestamptz not null,
  evaluation_id          uuid,
  chain_id               uuid,
  policy_version         int not null,
  created_by             text not null,
  created_at             timestamptz not null,
  filed_by               text,
  filed_at               timestamptz,
  applied_by             text,
  applied_at             timestamptz,
  version                bigint not null default 0
);
create index credit_change_request_keyset on credit_change_request (account_id, created_at, id);
