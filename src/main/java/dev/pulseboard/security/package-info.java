/**
 * Filter chains: form login and the household's OpenID provider for pages, bearer personal access tokens for /api;
 * CSRF; password hashing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "account :: household", "core"})
package dev.pulseboard.security;
