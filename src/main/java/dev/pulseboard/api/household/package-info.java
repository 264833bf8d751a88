/** The household API: who am I, users, invitations and grants. */
package dev.pulseboard.api.household;
