/** The page an invitee opens to create their login. */
package dev.pulseboard.dashboard.invitation;
