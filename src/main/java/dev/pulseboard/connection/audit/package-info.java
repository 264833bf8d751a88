/** The audit log of connections, token refreshes and disconnections. */
@org.springframework.modulith.NamedInterface("audit")
package dev.pulseboard.connection.audit;
