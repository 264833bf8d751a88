/** Chart views, date ranges, moving averages and downsampling glue shared by the sections. */
package dev.pulseboard.dashboard.chart;
