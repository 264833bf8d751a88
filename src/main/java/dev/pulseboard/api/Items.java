package dev.pulseboard.api;

import java.util.List;

/**
 * Every list the API answers, but the members' ({@code GET /api/v1/members}, a bare array from the first release):
 * {@code {"items":[...]}}, one shape that can later carry more beside the items. The OpenAPI document names it after
 * its items ({@code ItemsGrantResponse}).
 */
public record Items<T>(List<T> items) {
}
