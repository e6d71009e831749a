package live.mymovie.application.privacy;

import java.util.Collection;
import java.util.Map;

/** Writes plain values, lists and maps as JSON text, enough for the data export. */
final class JsonText {

    private JsonText() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            case Map<?, ?> map -> writeMap(map, out, depth);
            case Collection<?> list -> writeList(list, out, depth);
            default -> writeString(value.toString(), out);
        }
    }

    private static void writeMap(Map<?, ?> map, StringBuilder out, int depth) {
        out.append('{');
        String sep = "";
        for (var entry : map.entrySet()) {
            out.append(sep).append('\n').append("  ".repeat(depth + 1));
            writeString(entry.getKey().toString(), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
            sep = ",";
        }
        out.append(map.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}');
    }

    private static void writeList(Collection<?> list, StringBuilder out, int depth) {
        out.append('[');
        String sep = "";
        for (Object item : list) {
            out.append(sep).append('\n').append("  ".repeat(depth + 1));
            write(item, out, depth + 1);
            sep = ",";
        }
        out.append(list.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        out.append('"');
    }
}
