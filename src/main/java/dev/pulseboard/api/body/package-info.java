/**
 * Request bodies read strictly: a field of the wrong type, a field given twice, a field the request does not take or
 * a fraction for a whole number is refused with a problem that names the field, rather than coerced or dropped.
 */
package dev.pulseboard.api.body;
