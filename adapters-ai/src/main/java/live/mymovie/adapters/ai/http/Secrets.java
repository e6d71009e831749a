package live.mymovie.adapters.ai.http;

import java.util.regex.Pattern;

/** Removes API keys from any text that may reach a log line or an exception message. */
public final class Secrets {

    private static final Pattern KEY_LIKE = Pattern.compile(
            "(sk-[A-Za-z0-9_\\-*]{6,}|key_[0-9a-fA-F]{16,}|xi-[A-Za-z0-9]{16,})");

    private final String key;

    public Secrets(String key) {
        this.key = key == null || key.isBlank() ? null : key;
    }

    /** The text with our key and anything shaped like a provider key replaced. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String clean = key == null ? text : text.replace(key, "[redacted]");
        return KEY_LIKE.matcher(clean).replaceAll("[redacted]");
    }

    @Override
    public String toString() {
        return "Secrets[redacted]";
    }
}
