-- The window each plan's baselines were counted in: the same quarter last year by default, the days just before the
-- period for a product the wholesaler shipped nobody then. Null for plans computed before the window was kept.
alter table allocation_plan
    add column baseline_start date,
    add column baseline_end   date,
    add constraint allocation_plan_baseline_window
        check ((baseline_start is null) = (baseline_end is null) and baseline_start <= baseline_end);
