-- How precisely each outlook date was stated, as makers often state them to part of a month (2027年3月下旬): the
-- date is then that period's last day. Null when stated to the day, as every change recorded before.
alter table status_change
    add column expected_resolution_precision text
        check (expected_resolution_precision in ('EARLY_MONTH', 'MID_MONTH', 'LATE_MONTH', 'MONTH')),
    add column volume_improvement_precision  text
        check (volume_improvement_precision in ('EARLY_MONTH', 'MID_MONTH', 'LATE_MONTH', 'MONTH'));
