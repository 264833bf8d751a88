/** Filter chains: form login for pages, bearer personal access tokens for /api; CSRF; password hashing. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "core"})
package dev.pulseboard.security;
