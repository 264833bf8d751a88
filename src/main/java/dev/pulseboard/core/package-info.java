/** Shared kernel: ids, the clock and other value types that every module may use. No business logic. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.pulseboard.core;
