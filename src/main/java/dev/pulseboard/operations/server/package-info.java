/**
 * The installation as an operator sees it: every instance tells the database it is alive, and the Server page and
 * its API answer list them with the database, the free space and the newest backup.
 */
package dev.pulseboard.operations.server;
