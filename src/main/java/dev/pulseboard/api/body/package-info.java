/**
 * Requests read strictly: a body's field of the wrong type, a field given twice, a field the request does not take or
 * a fraction for a whole number, a query parameter the endpoint does not take or one given twice, is refused with a
 * problem that names it, rather than coerced or dropped; a change whose answer cannot be JSON is refused before it
 * runs. Named, so that the export module's API (its own controllers and problems) words a body's mistakes as the rest
 * of the API does.
 */
@org.springframework.modulith.NamedInterface("body")
package dev.pulseboard.api.body;
