create table test_effect (
  event_id   text primary key,
  account_id text not null,
  note       text
);
create table test_widget (
  id         uuid primary key,
  name       text not null,
  created_at timestamptz not null default now()
);
