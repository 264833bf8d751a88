/** The emulated Withings data endpoints (measure, activity, sleep, heart, user), their JSON, paging and page caches. */
package dev.pulseboard.emulator.endpoint;
