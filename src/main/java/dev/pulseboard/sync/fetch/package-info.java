/** One fetch step per Withings data type: paged reads with checkpoints, mapping to the health store. */
package dev.pulseboard.sync.fetch;
