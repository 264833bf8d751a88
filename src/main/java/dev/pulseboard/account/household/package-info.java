/** The household's people: invitations that bring in new logins, and grants that share a member's data. */
@org.springframework.modulith.NamedInterface("household")
package dev.pulseboard.account.household;
