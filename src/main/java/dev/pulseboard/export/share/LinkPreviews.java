package dev.pulseboard.export.share;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The programs that fetch a link to draw a preview of it where it is sent (a chat, a social network, a mail client) or
 * to index it, by their own names in the {@code User-Agent}: they get no report, and their fetch is no opening.
 * A program that calls itself a browser cannot be told from one.
 */
final class LinkPreviews {

    private static final Pattern PREVIEWERS = Pattern.compile("slackbot|slack-imgproxy|facebookexternalhit|facebot|"
            + "twitterbot|discordbot|whatsapp|telegrambot|linkedinbot|"
            + "applebot|googlebot|bingbot|duckduckbot|yandex|baiduspider|embedly|iframely|redditbot|pinterest|"
            + "vkshare|mastodon|mattermost|rocket\\.chat|zulip|viber|line-poker|kakaotalk|snapchat|bot/|crawler|"
            + "spider|preview");

    private LinkPreviews() {
    }

    static boolean isPreview(String userAgent) {
        return userAgent != null && PREVIEWERS.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
