/** The Sleep section: nightly stages, scores and hypnograms. */
package dev.pulseboard.dashboard.sleep;
