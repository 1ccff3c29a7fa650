/** Scale transforms with exact inverses (linear, log, asinh, logicle, hyperlog, FlowJo biex). Imports nothing of ours but {@code error}. */
package org.apogate.transform;
