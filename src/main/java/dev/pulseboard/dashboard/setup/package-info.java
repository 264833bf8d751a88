/** The first-run setup page. */
package dev.pulseboard.dashboard.setup;
