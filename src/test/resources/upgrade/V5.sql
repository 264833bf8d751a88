-- Schema 5: db-scheduler's table with a recurring task as the scheduler keeps it between runs.
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by, last_success,
        last_failure, consecutive_failures, last_heartbeat, version, priority)
    values ('visit-members', 'recurring', null, timestamp with time zone '2025-01-05 07:06:00+00', false, null,
        timestamp with time zone '2025-01-05 07:05:00+00', null, 0, null, 42, 0);
