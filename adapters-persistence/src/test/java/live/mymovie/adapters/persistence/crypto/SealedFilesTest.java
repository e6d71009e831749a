package live.mymovie.adapters.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed files read back whole or from any position, and refuse every rearrangement. */
class SealedFilesTest {

    private static final int CHUNK = SealedFiles.CHUNK;
    private static final String NAME = "account-1/asset-1";

    @TempDir
    Path folder;

    private final DataKey key = DataKey.generate();

    @Test
    void files_of_every_length_around_the_chunk_size_read_back_whole() throws IOException {
        for (int length : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5}) {
            byte[] plain = randomBytes(length);
            Path file = sealed(plain);

            assertEquals(SealedFiles.HEADER + length + chunks(length) * 16L, Files.size(file));
            try (InputStream in = SealedFiles.opening(file, key, NAME)) {
                assertArrayEquals(plain, in.readAllBytes(), "length " + length);
            }
        }
    }

    @Test
    void skipping_lands_on_the_right_byte_in_any_chunk() throws IOException {
        byte[] plain = randomBytes(5 * CHUNK + 123);
        Path file = sealed(plain);

        for (long position : new long[] {0, 17, CHUNK - 1, CHUNK, 4L * CHUNK + 7,
                plain.length - 1}) {
            try (InputStream in = SealedFiles.opening(file, key, NAME)) {
                assertEquals(position, in.skip(position));
                byte[] rest = in.readAllBytes();
                assertArrayEquals(Arrays.copyOfRange(plain, (int) position, plain.length), rest);
            }
        }
    }

    @Test
    void skipping_ahead_does_not_decrypt_the_chunks_before() throws IOException {
        byte[] plain = randomBytes(3 * CHUNK);
        Path file = sealed(plain);
        byte[] bytes = Files.readAllBytes(file);
        bytes[SealedFiles.HEADER + 10] ^= 1;
        Files.write(file, bytes);

        try (InputStream in = SealedFiles.opening(file, key, NAME)) {
            in.skip(2L * CHUNK);
            assertArrayEquals(Arrays.copyOfRange(plain, 2 * CHUNK, 3 * CHUNK),
                    in.readAllBytes());
        }
        try (InputStream in = SealedFiles.opening(file, key, NAME)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
    }

    @Test
    void swapped_chunks_do_not_decrypt() throws IOException {
        Path file = sealed(randomBytes(3 * CHUNK));
        byte[] bytes = Files.readAllBytes(file);
        int sealedChunk = SealedFiles.SEALED_CHUNK;
        byte[] first = Arrays.copyOfRange(bytes, SealedFiles.HEADER,
                SealedFiles.HEADER + sealedChunk);
        System.arraycopy(bytes, SealedFiles.HEADER + sealedChunk, bytes, SealedFiles.HEADER,
                sealedChunk);
        System.arraycopy(first, 0, bytes, SealedFiles.HEADER + sealedChunk, sealedChunk);
        Files.write(file, bytes);

        assertUnreadable(file, NAME);
    }

    @Test
    void a_file_cut_off_after_a_whole_chunk_does_not_decrypt() throws IOException {
        Path file = sealed(randomBytes(2 * CHUNK + 10));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, SealedFiles.HEADER + SealedFiles.SEALED_CHUNK));

        assertUnreadable(file, NAME);
    }

    @Test
    void a_file_opens_only_under_its_own_name_and_key() throws IOException {
        Path file = sealed(randomBytes(100));

        assertUnreadable(file, "account-2/asset-1");
        try (InputStream in = SealedFiles.opening(file, DataKey.generate(), NAME)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
    }

    @Test
    void a_plain_file_is_not_taken_for_a_sealed_one() throws IOException {
        Path file = folder.resolve("plain");
        Files.write(file, randomBytes(200));

        assertThrows(IOException.class, () -> SealedFiles.opening(file, key, NAME));
    }

    private void assertUnreadable(Path file, String name) throws IOException {
        try (InputStream in = SealedFiles.opening(file, key, name)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
    }

    private Path sealed(byte[] plain) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream out = SealedFiles.sealing(bytes, key, NAME)) {
            out.write(plain, 0, Math.min(plain.length, 10));
            if (plain.length > 10) {
                out.write(plain, 10, plain.length - 10);
            }
        }
        Path file = Files.createTempFile(folder, "sealed", ".bin");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static long chunks(int length) {
        return Math.max(1, (length + CHUNK - 1) / CHUNK);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
