-- When Withings last refused this server's own client id or secret while renewing the connection's tokens (a secret
-- rotated at Withings and not here, a typo): the link is kept, and the Server page warns the operator until a
-- renewal succeeds again.
alter table withings_connection add column client_rejected_at timestamp with time zone;
