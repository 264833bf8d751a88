package dev.pulseboard.dashboard.member;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page settings ({@code pulseboard.pages.*}).
 *
 * @param cacheEntries how many built member sections (a member, section, range and the viewer's units) are kept;
 *     0 turns the cache off
 * @param cardCacheEntries how many members' overview figures (latest weight, blood pressure, night, steps) are
 *     kept; 0 turns it off
 * @param cacheMaxAge how old a kept Sleep or ECG section may get before it is built again in the background, so that a
 *     detail Withings could not give (a hypnogram, an ECG strip) is asked for again; other sections and the cards are
 *     kept until the member's data changes
 */
@ConfigurationProperties("pulseboard.pages")
public record PagesProperties(@DefaultValue("48") int cacheEntries, @DefaultValue("1000") int cardCacheEntries,
        @DefaultValue("1m") Duration cacheMaxAge) {
}
