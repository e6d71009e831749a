package live.mymovie.adapters.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/**
 * Measures store-then-read throughput of the plain and the sealed file store over the same
 * bytes (default 200 MB in 10 MB files) after a warm-up round, alternating rounds, and prints
 * the best of each and their ratio.
 * Run by {@code adapters-persistence/bench/media-store.sh}; arguments: total MB, rounds.
 */
public final class MediaStoreBenchmark {

    private static final int FILE_MB = 10;
    private static final int MB = 1024 * 1024;

    private MediaStoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int totalMb = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        PrintStream out = System.out;
        byte[] file = new byte[FILE_MB * MB];
        new Random(7).nextBytes(file);
        Path folder = Files.createTempDirectory("mymovie-bench");
        var settings = new PersistenceSettings(
                "jdbc:h2:mem:bench" + PersistenceSettings.H2_OPTIONS, "sa", "", 2);
        var encryption = new EncryptionSettings(MasterKey.generate(), folder.resolve("keys"));
        try (Database database = Database.open(settings, encryption)) {
            MediaStore plain = new FileSystemMediaStore(folder.resolve("plain"));
            MediaStore sealed = database.mediaStore(folder.resolve("sealed"));
            // one unmeasured round each, so that both paths are compiled before measuring
            run(plain, file, totalMb);
            run(sealed, file, totalMb);
            double plainBest = 0;
            double sealedBest = 0;
            for (int round = 1; round <= rounds; round++) {
                double p = run(plain, file, totalMb);
                double s = run(sealed, file, totalMb);
                out.printf("round %d: plain %.0f MB/s, encrypted %.0f MB/s%n", round, p, s);
                plainBest = Math.max(plainBest, p);
                sealedBest = Math.max(sealedBest, s);
            }
            out.printf("store+read of %d MB, best of %d rounds%n", totalMb, rounds);
            out.printf("plain:     %.0f MB/s%n", plainBest);
            out.printf("encrypted: %.0f MB/s%n", sealedBest);
            out.printf("encrypted/plain: %.3f (cost %.1f%%)%n", sealedBest / plainBest,
                    100 * (1 - sealedBest / plainBest));
        } finally {
            deleteTree(folder);
        }
    }

    /** Stores totalMb of files, reads each back whole, removes them; answers MB/s. */
    private static double run(MediaStore store, byte[] file, int totalMb) throws IOException {
        AccountId owner = AccountId.newId();
        List<AssetId> assets = new ArrayList<>();
        long start = System.nanoTime();
        for (int mb = 0; mb < totalMb; mb += FILE_MB) {
            AssetId asset = AssetId.newId();
            store.put(owner, asset, new ByteArrayInputStream(file), file.length);
            assets.add(asset);
        }
        byte[] buffer = new byte[64 * 1024];
        for (AssetId asset : assets) {
            try (InputStream in = store.open(owner, asset)) {
                while (in.read(buffer) != -1) {
                    // reads to the end, which also checks the bytes
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        store.deleteAll(owner);
        return assets.size() * FILE_MB / seconds;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
