package org.apogate.transform;

/** Inverse hyperbolic sine, which java.lang.Math lacks, accurate to a few ulps over all doubles. */
final class Hyperbolic {
    private static final double LN2 = Math.log(2);

    private Hyperbolic() {
    }

    static double asinh(double z) {
        double az = Math.abs(z);
        double r;
        if (az > 1e150) {
            r = Math.log(az) + LN2; // az*az would overflow; sqrt(1+az^2) == az here
        } else {
            // log1p form keeps full relative precision for small |z|
            r = Math.log1p(az + az * az / (1 + Math.sqrt(1 + az * az)));
        }
        return Math.copySign(r, z);
    }
}
