/**
 * Benchmarks: generates its own FCS files, times decoding, compensation, transforms and whole
 * {@code apogate run} processes against a plain memory-mapped scan of the same bytes, and reports
 * medians, minima, ratios and peak memory. Top layer, like cli: may import everything, nothing imports it.
 */
package org.apogate.bench;
