package org.apogate.gating;

import java.util.Objects;

/**
 * One axis a gate looks at. Each dimension carries its own compensation reference ({@link #FCS} = the
 * file's spillover keyword, {@link #UNCOMPENSATED}, or the id of a named spectrum matrix) and an
 * optional transformation reference (null = the data scale itself).
 */
public sealed interface Dimension permits Dimension.Channel, Dimension.Ratio {

    /** Compensation reference meaning "compensate with the file's own spillover keyword". */
    String FCS = "FCS";
    /** Compensation reference meaning "use the values as read". */
    String UNCOMPENSATED = "uncompensated";

    String compensationRef();

    /** Id of a {@link ScaleTransform}, or null for no transformation. */
    String transformationRef();

    /** The same dimension on the data scale: same channel(s) and compensation, no transformation. */
    Dimension untransformed();

    /**
     * A channel by name: an FCS $PnN for FCS/uncompensated, or a fluorochrome (an output of the
     * matrix) when the compensation reference names a spectrum matrix.
     */
    record Channel(String name, String compensationRef, String transformationRef) implements Dimension {
        public Channel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(compensationRef, "compensationRef");
        }

        public static Channel uncompensated(String name) {
            return new Channel(name, UNCOMPENSATED, null);
        }

        @Override
        public Channel untransformed() {
            return new Channel(name, compensationRef, null);
        }

        // Written out (same meaning as the generated ones): dimensions are map keys on every run, and
        // the generated methods bootstrap ~80 method-handle classes on first use.
        @Override
        public boolean equals(Object o) {
            return o instanceof Channel c && name.equals(c.name) && compensationRef.equals(c.compensationRef)
                    && Objects.equals(transformationRef, c.transformationRef);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, compensationRef, transformationRef);
        }
    }

    /** A derived dimension: the Gating-ML fratio transform of two channels, A*(x1-B)/(x2-C). */
    record Ratio(RatioTransform ratio, String compensationRef, String transformationRef) implements Dimension {
        public Ratio {
            Objects.requireNonNull(ratio, "ratio");
            Objects.requireNonNull(compensationRef, "compensationRef");
        }

        @Override
        public Ratio untransformed() {
            return new Ratio(ratio, compensationRef, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ratio r && ratio.equals(r.ratio) && compensationRef.equals(r.compensationRef)
                    && Objects.equals(transformationRef, r.transformationRef);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ratio, compensationRef, transformationRef);
        }
    }
}
