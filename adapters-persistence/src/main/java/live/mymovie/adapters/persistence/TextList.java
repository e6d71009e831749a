package live.mymovie.adapters.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a short list of texts (a shot's cast, the instruments) in one column: each item
 * ends with a line break, and backslashes and line breaks inside items are escaped.
 */
final class TextList {

    private TextList() {
    }

    static String join(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            text.append(item.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        return text.toString();
    }

    static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                items.add(item.toString());
                item.setLength(0);
            } else if (c == '\\' && i + 1 < text.length()) {
                i++;
                item.append(text.charAt(i) == 'n' ? '\n' : text.charAt(i));
            } else {
                item.append(c);
            }
        }
        return List.copyOf(items);
    }
}
