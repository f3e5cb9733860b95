package org.par4j.bench;

import java.util.List;
import java.util.Map;

/** A small JSON writer for reports: objects, arrays, strings, numbers, booleans. */
final class Json {
    private Json() {
    }

    /**
     * @param value a Map with String keys, List, CharSequence, Number, Boolean or null
     * @return its JSON text
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, "");
        return out.append('\n').toString();
    }

    private static void append(StringBuilder out, Object value, String indent) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> appendObject(out, map, indent);
            case List<?> list -> appendArray(out, list, indent);
            case Boolean b -> out.append(b);
            case Double d -> out.append(d.isNaN() || d.isInfinite() ? "null" : Double.toString(d));
            case Float f -> append(out, f.doubleValue(), indent);
            case Number n -> out.append(n);
            default -> appendString(out, value.toString());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map, String indent) {
        String inner = indent + "  ";
        out.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(sep).append(inner);
            appendString(out, String.valueOf(e.getKey()));
            out.append(": ");
            append(out, e.getValue(), inner);
            sep = ",\n";
        }
        out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
    }

    private static void appendArray(StringBuilder out, List<?> list, String indent) {
        String inner = indent + "  ";
        out.append('[');
        String sep = "\n";
        for (Object item : list) {
            out.append(sep).append(inner);
            append(out, item, inner);
            sep = ",\n";
        }
        out.append(list.isEmpty() ? "]" : "\n" + indent + "]");
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
