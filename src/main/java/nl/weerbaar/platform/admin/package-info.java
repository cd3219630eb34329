/**
 * Administration of one municipality by its ADMIN: departments, positions, users and roles, CSV import,
 * the municipality's theme and settings; and the password policy with the page where users change their own
 * password. Internal to the platform module.
 */
package nl.weerbaar.platform.admin;
