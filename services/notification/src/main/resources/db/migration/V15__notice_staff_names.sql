-- The names of the regulator's staff who drafted and approved a notice, as their sign-in gave them (family name
-- first), beside their login ids: the review pages name people, not accounts. Null for notices written before, and
-- for callers whose token names nobody.
alter table notice
    add column drafted_by_name  text,
    add column reviewed_by_name text;
