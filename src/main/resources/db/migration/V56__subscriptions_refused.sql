-- The data types whose notification subscription Withings refused at the member's last subscription check (its check
-- of the callback failed, status 293), comma-separated; null when every one is in place. Such a member is polled,
-- as without webhooks, until Withings accepts them.
alter table sync_status add column subscriptions_refused varchar(200);
