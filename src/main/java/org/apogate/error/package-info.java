/**
 * The base unchecked exception every package's typed errors extend. Imports nothing of ours; every
 * other package may import it.
 */
package org.apogate.error;
