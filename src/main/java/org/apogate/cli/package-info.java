/** picocli commands, exit codes, progress, output paths. May import everything. */
package org.apogate.cli;
