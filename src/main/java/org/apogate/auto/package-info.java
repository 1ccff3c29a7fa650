/** Automated threshold, debris and singlet finding; the only package that imports {@code smile.*}. May import {@code gating} and below. */
package org.apogate.auto;
