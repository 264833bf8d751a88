/** The OAuth link between a member and a Withings account: state, callback, encrypted token vault, single-flight refresh, reconnect, disconnect. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"withings", "withings :: oauth", "withings :: notify", "account", "core"})
package dev.pulseboard.connection;
