/** The People page: the household's logins and invitations, for administrators. */
package dev.pulseboard.dashboard.household;
