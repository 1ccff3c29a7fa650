/**
 * Small numeric helpers shared by the statistical packages (order statistics). Imports nothing of
 * ours; every package except {@code fcs} may import it.
 */
package org.apogate.numeric;
