/** Gates (range, rectangle, polygon, ellipse, quadrant, boolean), their evaluation over event blocks, counts and masks. May import {@code fcs}, {@code compensation}, {@code transform}. */
package org.apogate.gating;
