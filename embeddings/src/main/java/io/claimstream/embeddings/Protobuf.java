package io.claimstream.embeddings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The protocol-buffer wire format, as much of it as editing an ONNX graph needs: a message read as
 * its fields in order (nested messages stay bytes until read themselves) and written back field by
 * field. The project has no protobuf library and needs none for this.
 */
final class Protobuf {

    private Protobuf() {
    }

    static final int VARINT = 0;
    static final int LENGTH_DELIMITED = 2;

    /** One field as it was on the wire: a varint's value, or the bytes of any other kind. */
    record Field(int number, int wireType, long value, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<Field> read(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long key = varint(message, at);
            int number = (int) (key >>> 3);
            int wireType = (int) (key & 7);
            switch (wireType) {
                case VARINT -> fields.add(new Field(number, wireType, varint(message, at), null));
                case 1, 5 -> { // fixed 64 and 32 bits
                    int size = wireType == 1 ? 8 : 4;
                    fields.add(new Field(number, wireType, 0, Arrays.copyOfRange(message, at[0], at[0] + size)));
                    at[0] += size;
                }
                case LENGTH_DELIMITED -> {
                    int size = (int) varint(message, at);
                    fields.add(new Field(number, wireType, 0, Arrays.copyOfRange(message, at[0], at[0] + size)));
                    at[0] += size;
                }
                default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType);
            }
        }
        return fields;
    }

    private static long varint(byte[] message, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = message[at[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }

    /** A message under construction. */
    static final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer number(int field, long value) {
            key(field, VARINT);
            raw(value);
            return this;
        }

        Writer bytes(int field, byte[] value) {
            key(field, LENGTH_DELIMITED);
            raw(value.length);
            out.write(value, 0, value.length);
            return this;
        }

        Writer text(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Writer copy(Field field) {
            key(field.number(), field.wireType());
            if (field.wireType() == VARINT) {
                raw(field.value());
            } else {
                if (field.wireType() == LENGTH_DELIMITED) {
                    raw(field.bytes().length);
                }
                out.write(field.bytes(), 0, field.bytes().length);
            }
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void key(int field, int wireType) {
            raw(((long) field << 3) | wireType);
        }

        private void raw(long value) {
            while ((value & ~0x7fL) != 0) {
                out.write((int) ((value & 0x7f) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
