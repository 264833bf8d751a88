/** The user's display settings (units, time zone) and their page. */
package dev.pulseboard.dashboard.settings;
