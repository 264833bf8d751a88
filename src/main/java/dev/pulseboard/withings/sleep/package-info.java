/** Sleep (v2/sleep): nightly summaries and hypnogram segments. */
@org.springframework.modulith.NamedInterface("sleep")
package dev.pulseboard.withings.sleep;
