/**
 * Realistic Annexin V / viability sample simulator with per-event truth, for tests, demos and
 * accuracy proofs. May use {@code fcs}, {@code compensation}, {@code transform}; used only by
 * {@code cli} and {@code pipeline} (and tests).
 */
package org.apogate.simulate;
