/**
 * Scale transforms with exact inverses (linear, log, asinh, logicle, hyperlog, FlowJo biex).
 * Imports nothing of ours but {@code error}.
 *
 * <p>Gating-ML 2.0: {@link org.apogate.transform.LinearTransform} (flin),
 * {@link org.apogate.transform.LogTransform} (flog), {@link org.apogate.transform.AsinhTransform}
 * (fasinh), {@link org.apogate.transform.LogicleTransform} (logicle),
 * {@link org.apogate.transform.HyperlogTransform} (hyperlog), built by name with
 * {@link org.apogate.transform.Transforms#byGatingMlName}; FlowJo 10:
 * {@link org.apogate.transform.FlowJoBiexTransform}. {@code apply} is exact (logicle, hyperlog and
 * biex are solved with Halley's method to full double precision); {@code applyInPlace} uses a
 * precomputed interpolation table for bulk data (about 30x faster, within ~1e-12).
 * {@link org.apogate.transform.LogicleEstimator} picks logicle W from data as flowCore does.
 */
package org.apogate.transform;
