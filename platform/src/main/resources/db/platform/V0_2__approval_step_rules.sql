-- Approval steps that accept the roles above theirs ("supervisor and above") and steps decided at their
-- org unit itself rather than from a unit above it.
alter table kam_approval_step add column or_above boolean not null default false;
alter table kam_approval_step add column exact_org boolean not null default false;
