/** The Heart section: blood pressure with clinical categories, heart rate, averages. */
package dev.pulseboard.dashboard.heart;
