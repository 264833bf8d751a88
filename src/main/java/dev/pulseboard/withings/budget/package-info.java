/** The app-wide rate budget (120 requests a minute, shared by every member and instance). */
package dev.pulseboard.withings.budget;
