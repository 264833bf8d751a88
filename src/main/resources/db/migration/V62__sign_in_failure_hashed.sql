-- The sign-in throttle keys an account by a hash of what was typed as the e-mail (SignInThrottle.accountKey), no longer
-- by the text itself, which could be a password typed into the wrong field. The counts kept under the text go: a lock
-- running now ends, and counting starts again.
delete from sign_in_failure where subject like 'account:%';
