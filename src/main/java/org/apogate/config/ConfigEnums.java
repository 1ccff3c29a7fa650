package org.apogate.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Enum constants appear in config files as their lower-case names ({@code early_apoptotic}). */
final class ConfigEnums {
    private ConfigEnums() {
    }

    static String configName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(configName(e));
        }
        return out;
    }

    /** The constant spelled exactly {@code text}, or null. */
    static <E extends Enum<E>> E find(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (configName(e).equals(text)) {
                return e;
            }
        }
        return null;
    }
}
