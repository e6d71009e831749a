package live.mymovie.application.fake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import live.mymovie.application.port.out.MediaStore;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/** Keeps file bytes in memory, grouped by owner; like a file system, it is not transactional. */
public final class InMemoryMediaStore implements MediaStore {

    private final Map<AccountId, Map<AssetId, byte[]>> files = new HashMap<>();

    @Override
    public StoredBytes put(AccountId owner, AssetId asset, InputStream content, long maxBytes) {
        byte[] bytes = readAtMost(content, maxBytes);
        synchronized (files) {
            files.computeIfAbsent(owner, o -> new HashMap<>()).put(asset, bytes);
        }
        return new StoredBytes(bytes.length, sha256(bytes));
    }

    @Override
    public InputStream open(AccountId owner, AssetId asset) {
        synchronized (files) {
            byte[] bytes = files.getOrDefault(owner, Map.of()).get(asset);
            if (bytes == null) {
                throw new Refusal.NotFound("Stored file");
            }
            return new ByteArrayInputStream(bytes);
        }
    }

    @Override
    public void delete(AccountId owner, AssetId asset) {
        synchronized (files) {
            files.getOrDefault(owner, new HashMap<>()).remove(asset);
        }
    }

    @Override
    public void deleteAll(AccountId owner) {
        synchronized (files) {
            files.remove(owner);
        }
    }

    @Override
    public int count(AccountId owner) {
        synchronized (files) {
            return files.getOrDefault(owner, Map.of()).size();
        }
    }

    private static byte[] readAtMost(InputStream content, long maxBytes) {
        try (content) {
            int limit = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, maxBytes) + 1);
            byte[] bytes = content.readNBytes(limit);
            if (bytes.length > maxBytes) {
                throw new Refusal.TooLarge("The file is larger than " + maxBytes + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
