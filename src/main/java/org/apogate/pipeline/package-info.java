/** The per-sample pipeline (stages in order) and the batch runner. May import {@code report} and below. */
package org.apogate.pipeline;
