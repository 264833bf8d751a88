/** The user's devices and goals (v2/user). */
@org.springframework.modulith.NamedInterface("user")
package dev.pulseboard.withings.user;
