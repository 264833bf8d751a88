/** The export module's JSON API routes (downloads, the report, imports); errors are the API's problem+json. */
package dev.pulseboard.export.api;
