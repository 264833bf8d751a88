/** The account module's tables: users, members, settings, invitations, grants. Not for other modules. */
package dev.pulseboard.account.store;
