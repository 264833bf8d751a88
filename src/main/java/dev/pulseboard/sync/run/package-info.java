/** Sync runs: scheduling on db-scheduler, per-member status and progress, failures and retries, the sync settings. */
package dev.pulseboard.sync.run;
