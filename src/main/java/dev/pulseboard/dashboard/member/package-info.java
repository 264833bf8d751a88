/** A member's page: the section tabs and the controller that serves them. */
package dev.pulseboard.dashboard.member;
