package org.apogate.fcs;

/**
 * Which values an {@link EventSource} delivers.
 *
 * <ul>
 * <li>{@link #RAW}: values as stored. Integer data is masked with {@code next_pow2($PnR)-1}
 * because instruments (Beckman, BD) use the bits above the range for flags; floats are untouched.
 * This is what compensation and gating expect for float files and the default for everything.</li>
 * <li>{@link #SCALED}: RAW plus $PnE log decoding of integer (and ASCII) data,
 * {@code f2 * 10^(f1 * x / $PnR)}, with f2 = 0 read as 1 when f1 &gt; 0 (older files write "4,0"
 * meaning 4 decades from 1), and $TIMESTEP multiplication for the channel named Time. $PnE is ignored
 * for float data, as FCS 3.1 requires.</li>
 * <li>{@link #SCALED_WITH_GAIN}: SCALED, then linear (non-log) channels divided by $PnG, undoing the
 * amplifier gain as FCS 3.1 section 3.3 describes. Not the default because most analyses (FlowJo
 * included) do not divide by gain.</li>
 * </ul>
 */
public enum ValueScale {
    RAW,
    SCALED,
    SCALED_WITH_GAIN
}
