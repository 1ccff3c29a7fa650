/** FCS HEADER/TEXT/DATA reading and writing, keywords, parameters, event streaming. Imports nothing of ours but {@code error}. */
package org.apogate.fcs;
