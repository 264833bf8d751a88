/** The Body section: weight, composition, temperature, BMI, ambiguous readings. */
package dev.pulseboard.dashboard.body;
