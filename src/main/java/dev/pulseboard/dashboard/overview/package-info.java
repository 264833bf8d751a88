/** The household overview page and its member cards. */
package dev.pulseboard.dashboard.overview;
