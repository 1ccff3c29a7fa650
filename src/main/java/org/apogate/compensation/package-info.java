/** Spillover matrices (FCS keywords, CSV, single-stain controls) and compensation of event blocks. May import {@code fcs}. */
package org.apogate.compensation;
