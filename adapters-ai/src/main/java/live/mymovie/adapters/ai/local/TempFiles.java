package live.mymovie.adapters.ai.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the scratch folders the local providers write their engines' files into. */
final class TempFiles {

    private static final System.Logger LOG = System.getLogger(TempFiles.class.getName());

    private TempFiles() {
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(TempFiles::delete);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not remove the scratch folder " + dir, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
