package live.mymovie.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds multipart/form-data bodies the way browsers send them. */
public final class Multipart {

    private Multipart() {
    }

    /** One part: a plain field or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
    }

    public static Part field(String name, String value) {
        return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    public static Part file(String name, String fileName, String contentType, byte[] content) {
        return new Part(name, fileName, contentType, content);
    }

    public static byte[] of(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            write(out, "--" + boundary + "\r\n");
            String disposition = "Content-Disposition: form-data; name=\"" + part.name() + "\"";
            if (part.fileName() != null) {
                disposition += "; filename=\"" + part.fileName() + "\"";
            }
            write(out, disposition + "\r\n");
            if (part.contentType() != null) {
                write(out, "Content-Type: " + part.contentType() + "\r\n");
            }
            write(out, "\r\n");
            out.writeBytes(part.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
