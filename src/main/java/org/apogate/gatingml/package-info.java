/** Gating-ML 2.0 reading and writing. May import {@code gating} and below. */
package org.apogate.gatingml;
