-- Schema 8: the installation's webhook secret and a processed notification.
insert into app_setting (setting_name, setting_value) values ('webhook-secret', 'fixture-webhook-secret-0123456789');
insert into notification_inbox (withings_user, appli, start_epoch, end_epoch, received_at, processed_at)
    values ('10000001', 1, 1736060000, 1736060700, timestamp with time zone '2025-01-05 07:04:00+00',
        timestamp with time zone '2025-01-05 07:04:30+00');
