/** A member's sharing page: grants to other users of the household. */
package dev.pulseboard.dashboard.sharing;
