package live.mymovie.adapters.ai.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Collects every log line of the adapters while a test runs, to prove what they never say. */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("live.mymovie.adapters.ai");
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final Level before = root.getLevel();

    public CapturedLogs() {
        setLevel(Level.ALL);
        root.setLevel(Level.ALL);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(record.getLevel() + " " + formatter.formatMessage(record));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String all() {
        return String.join("\n", lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(before);
    }
}
