/** Typed config records read by Jackson (YAML/JSON), validated with file:line:column and key path. May import {@code auto} and below. */
package org.apogate.config;
