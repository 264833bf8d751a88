/** Pulseboard's own users, households and household members; first-run setup; personal access tokens. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package dev.pulseboard.account;
