package live.mymovie.adapters.persistence.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * The on-disk form of a stored file: a header (format mark, random salt, random nonce
 * prefix) and then the bytes in chunks of 64 KiB, each sealed with AES-256-GCM under a key
 * derived from the account's data key and the salt. A chunk's nonce is the prefix and its
 * index; its associated data names the file (account and asset), the index and whether it
 * is the last chunk, so chunks cannot be swapped, reordered, dropped or cut off unnoticed.
 * Fixed chunk sizes let a reader skip straight to the chunk that holds a position.
 */
public final class SealedFiles {

    static final int CHUNK = 64 * 1024;
    static final int SEALED_CHUNK = CHUNK + Gcm.TAG_LENGTH;
    private static final byte[] MARK = "MMS1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_LENGTH = 16;
    private static final int PREFIX_LENGTH = 8;
    static final int HEADER = MARK.length + SALT_LENGTH + PREFIX_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFiles() {
    }

    /**
     * Seals everything written to it into {@code out}; closing seals the last chunk.
     *
     * @param name names the file (account and asset) so it opens only as itself
     */
    public static OutputStream sealing(OutputStream out, DataKey key, String name)
            throws IOException {
        byte[] header = new byte[HEADER];
        System.arraycopy(MARK, 0, header, 0, MARK.length);
        byte[] random = new byte[SALT_LENGTH + PREFIX_LENGTH];
        RANDOM.nextBytes(random);
        System.arraycopy(random, 0, header, MARK.length, random.length);
        out.write(header);
        return new SealingStream(out, new Chunks(key, header, name));
    }

    /**
     * Opens a sealed file for reading; {@code skip} moves to the chunk that holds the new
     * position without decrypting the ones before it.
     *
     * @throws IOException when the file is not a sealed file
     */
    public static InputStream opening(Path file, DataKey key, String name) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (header.hasRemaining() && channel.read(header) != -1) {
                // reads until the header is complete or the file ends
            }
            long body = channel.size() - HEADER;
            if (header.hasRemaining() || body < Gcm.TAG_LENGTH || !hasMark(header.array())) {
                throw new IOException("The stored file is not a sealed file");
            }
            return new OpeningStream(channel, new Chunks(key, header.array(), name), body);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static boolean hasMark(byte[] header) {
        for (int i = 0; i < MARK.length; i++) {
            if (header[i] != MARK[i]) {
                return false;
            }
        }
        return true;
    }

    /** Seals and opens the chunks of one file. */
    private static final class Chunks {

        private final SecretKey key;
        private final byte[] prefix;
        private final byte[] name;
        private final Cipher cipher;

        Chunks(DataKey dataKey, byte[] header, String name) {
            byte[] salt = new byte[SALT_LENGTH];
            System.arraycopy(header, MARK.length, salt, 0, SALT_LENGTH);
            this.key = dataKey.fileKey(salt);
            this.prefix = new byte[PREFIX_LENGTH];
            System.arraycopy(header, MARK.length + SALT_LENGTH, prefix, 0, PREFIX_LENGTH);
            this.name = name.getBytes(StandardCharsets.UTF_8);
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }

        int seal(long index, boolean last, byte[] plain, int length, byte[] sealed)
                throws IOException {
            try {
                start(Cipher.ENCRYPT_MODE, index, last);
                return cipher.doFinal(plain, 0, length, sealed, 0);
            } catch (GeneralSecurityException e) {
                throw new IOException("Sealing a chunk failed", e);
            }
        }

        int open(long index, boolean last, byte[] sealed, int length, byte[] plain)
                throws IOException {
            try {
                start(Cipher.DECRYPT_MODE, index, last);
                return cipher.doFinal(sealed, 0, length, plain, 0);
            } catch (GeneralSecurityException e) {
                throw new IOException("Chunk " + index + " of the stored file does not"
                        + " decrypt: it was altered, moved or cut off", e);
            }
        }

        private void start(int mode, long index, boolean last) throws GeneralSecurityException {
            if (index > Integer.MAX_VALUE) {
                throw new GeneralSecurityException("Too many chunks");
            }
            byte[] nonce = ByteBuffer.allocate(Gcm.NONCE_LENGTH).put(prefix)
                    .putInt((int) index).array();
            cipher.init(mode, key, new javax.crypto.spec.GCMParameterSpec(
                    Gcm.TAG_LENGTH * 8, nonce));
            cipher.updateAAD(ByteBuffer.allocate(name.length + 9).put(name).putLong(index)
                    .put((byte) (last ? 1 : 0)).array());
        }
    }

    /** Holds back one full chunk until it knows whether more bytes follow it. */
    private static final class SealingStream extends OutputStream {

        private final OutputStream out;
        private final Chunks chunks;
        private final byte[] plain = new byte[CHUNK];
        private final byte[] sealed = new byte[SEALED_CHUNK];
        private int filled;
        private long index;
        private boolean closed;

        SealingStream(OutputStream out, Chunks chunks) {
            this.out = out;
            this.chunks = chunks;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == CHUNK) {
                    writeChunk(false);
                }
                int taken = Math.min(length, CHUNK - filled);
                System.arraycopy(bytes, offset, plain, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (out) {
                writeChunk(true);
            }
        }

        private void writeChunk(boolean last) throws IOException {
            int length = chunks.seal(index, last, plain, filled, sealed);
            out.write(sealed, 0, length);
            index++;
            filled = 0;
        }
    }

    /** Reads chunk by chunk; a position is only turned into a chunk when bytes are read. */
    private static final class OpeningStream extends InputStream {

        private final FileChannel channel;
        private final Chunks chunks;
        private final long chunkCount;
        private final long length;
        private final byte[] sealed = new byte[SEALED_CHUNK];
        private final byte[] plain = new byte[CHUNK];
        private long loaded = -1;
        private int loadedLength;
        private long position;
        private boolean lastChecked;

        OpeningStream(FileChannel channel, Chunks chunks, long body) {
            this.channel = channel;
            this.chunks = chunks;
            this.chunkCount = Math.max(1, (body + SEALED_CHUNK - 1) / SEALED_CHUNK);
            this.length = body - chunkCount * Gcm.TAG_LENGTH;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            if (position >= length) {
                checkLastChunk();
                return -1;
            }
            long index = position / CHUNK;
            load(index);
            int from = (int) (position - index * CHUNK);
            int taken = Math.min(count, loadedLength - from);
            System.arraycopy(plain, from, bytes, offset, taken);
            position += taken;
            return taken;
        }

        /** Moves ahead without reading; the chunk is decrypted when bytes are asked for. */
        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, length - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int available() {
            long index = position / CHUNK;
            return index == loaded ? (int) (loadedLength - (position - index * CHUNK)) : 0;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }

        /** An empty file, or one read only up to its end, still proves it was not cut off. */
        private void checkLastChunk() throws IOException {
            if (!lastChecked) {
                load(chunkCount - 1);
            }
        }

        private void load(long index) throws IOException {
            if (index == loaded) {
                return;
            }
            boolean last = index == chunkCount - 1;
            ByteBuffer buffer = ByteBuffer.wrap(sealed);
            long at = HEADER + index * SEALED_CHUNK;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at + buffer.position());
                if (read == -1) {
                    break;
                }
            }
            loadedLength = chunks.open(index, last, sealed, buffer.position(), plain);
            loaded = index;
            lastChecked |= last;
        }
    }
}
