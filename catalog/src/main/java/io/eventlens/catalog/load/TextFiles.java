package io.eventlens.catalog.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Bytes become text one way, for files, referenced files and uploads alike: at most {@link ParseLimits#maxBytes()}
 * bytes are read (a larger file is refused before it is read, and a device or pipe that never ends, such as
 * {@code /dev/zero}, is refused at the limit), and only valid UTF-8 is accepted, so the CLI and the web API refuse the
 * same texts in the same words.
 */
final class TextFiles {

    private TextFiles() {}

    /** The text of {@code file}, shown as {@code name} in problems. */
    static SourceFile read(String name, Path file, ParseLimits limits) throws DocumentException {
        SourceFile unread = new SourceFile(name, file, "");
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxBytes()) {
                throw tooLarge(unread, limits, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (IOException e) {
            throw new DocumentException(unread, Position.UNKNOWN, "", "cannot read file: " + e.getMessage());
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(unread, limits, bytes.length);
        }
        return new SourceFile(name, file, decode(unread, bytes));
    }

    /** The text of an upload, shown as {@code name} in problems. */
    static SourceFile upload(String name, byte[] content, ParseLimits limits) throws DocumentException {
        SourceFile unread = new SourceFile(name, null, "");
        if (content.length > limits.maxBytes()) {
            throw tooLarge(unread, limits, content.length);
        }
        return new SourceFile(name, null, decode(unread, content));
    }

    private static DocumentException tooLarge(SourceFile unread, ParseLimits limits, long size) {
        return DocumentException.exceeded(unread, new Position(1, 1), "", limits, ParseLimits.Limit.BYTES, size);
    }

    private static String decode(SourceFile unread, byte[] bytes) throws DocumentException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            int offset = in.position();
            String bad = offset < bytes.length
                    ? String.format(Locale.ROOT, " (byte 0x%02X at offset %d)", bytes[offset], offset)
                    : "";
            throw new DocumentException(
                    unread,
                    new Position(1, 1),
                    "",
                    "file is not UTF-8 text" + bad + "; expected a JSON or YAML document in UTF-8");
        }
    }
}
