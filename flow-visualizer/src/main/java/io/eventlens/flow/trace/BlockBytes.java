package io.eventlens.flow.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array written with variable-length integers (LEB128) and length-prefixed UTF-8. */
final class BlockBytes {

    private byte[] bytes;
    private int size;

    BlockBytes(int capacity) {
        bytes = new byte[capacity];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void write(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] data, int offset, int length) {
        room(length);
        System.arraycopy(data, offset, bytes, size, length);
        size += length;
    }

    void writeVarLong(long value) {
        room(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** A signed number (nanosecond timestamps, deltas) zig-zag encoded. */
    void writeSigned(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        write(utf8, 0, utf8.length);
    }

    /** Lower-case hex ids as their bytes. */
    void writeHex(String hex) {
        room(hex.length() / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            bytes[size++] = (byte) ((Character.digit(hex.charAt(i), 16) << 4) | Character.digit(hex.charAt(i + 1), 16));
        }
    }

    /** Reads what {@link BlockBytes} wrote, from a position. */
    static final class Reader {

        private static final char[] HEX = "0123456789abcdef".toCharArray();

        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        int position() {
            return position;
        }

        void seek(int to) {
            position = to;
        }

        int read() {
            return bytes[position++] & 0xFF;
        }

        long readVarLong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        int readVarInt() {
            return Math.toIntExact(readVarLong());
        }

        long readSigned() {
            long v = readVarLong();
            return (v >>> 1) ^ -(v & 1);
        }

        String readText() {
            int length = readVarInt();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        /** Whether the text at the position equals {@code utf8}; moves past it either way. */
        boolean textEquals(byte[] utf8) {
            int length = readVarInt();
            int start = position;
            position += length;
            return length == utf8.length && Arrays.equals(bytes, start, start + length, utf8, 0, length);
        }

        void skipText() {
            int length = readVarInt();
            position += length;
        }

        String readHex(int length) {
            char[] hex = new char[length * 2];
            for (int i = 0; i < length; i++) {
                int b = bytes[position++] & 0xFF;
                hex[2 * i] = HEX[b >>> 4];
                hex[2 * i + 1] = HEX[b & 0xF];
            }
            return new String(hex);
        }

        void skip(int length) {
            position += length;
        }
    }
}
