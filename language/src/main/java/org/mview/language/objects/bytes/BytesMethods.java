package org.mview.language.objects.bytes;

import org.mview.language.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyRepr;

/** What the methods and constructors of {@code bytes} and {@code bytearray} share: hex parsing, codecs, byte values. */
public final class BytesMethods {

    private BytesMethods() {
    }

    /** A byte from an int in range(0, 256), with CPython's errors. */
    public static byte byteValue(Object value) {
        if (!PyObjects.isIndex(value)) {
            throw PyObjects.notAnInteger(value);
        }
        Object i = PyObjects.index(value);
        if (!(i instanceof Long l) || l < 0 || l > 255) {
            throw PythonError.raise(PythonErrorType.ValueError, Messages.BYTE_RANGE);
        }
        return (byte) (long) l;
    }

    @TruffleBoundary
    public static byte[] fromhex(Object arg) {
        if (!(arg instanceof String s)) {
            throw PythonError.raise(PythonErrorType.TypeError, "fromhex() argument must be str, not " + PyObjects.typeName(arg));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && c < 128) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PythonError.raise(PythonErrorType.ValueError, "non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (i + 1 >= n) {
                throw PythonError.raise(PythonErrorType.ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
            }
            char d = s.charAt(i + 1);
            int lo = d > 127 ? -1 : Character.digit(d, 16);
            if (lo < 0) {
                if (Character.isWhitespace(d) && d < 128) {
                    throw PythonError.raise(PythonErrorType.ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
                }
                throw PythonError.raise(PythonErrorType.ValueError, "non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    static Charset charset(Object encoding) {
        if (!(encoding instanceof String e)) {
            throw PythonError.raise(PythonErrorType.TypeError, "decode() argument 'encoding' must be str, not " + PyObjects.typeName(encoding));
        }
        String norm = e.toLowerCase().replace('_', '-');
        return switch (norm) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> throw PythonError.raise(PythonErrorType.LookupError, "unknown encoding: " + e);
        };
    }

    @TruffleBoundary
    public static String decode(byte[] bytes, Object encoding) {
        Charset cs = charset(encoding);
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            String name = cs == StandardCharsets.UTF_8 ? "utf-8" : cs == StandardCharsets.US_ASCII ? "ascii" : cs.name().toLowerCase();
            int pos = 0;
            if (cs == StandardCharsets.US_ASCII) {
                while (pos < bytes.length && bytes[pos] >= 0) {
                    pos++;
                }
                throw PythonError.raise(PythonErrorType.UnicodeDecodeError,
                                "'ascii' codec can't decode byte 0x" + String.format("%02x", bytes[pos] & 0xFF) + " in position " + pos + ": ordinal not in range(128)");
            }
            throw PythonError.raise(PythonErrorType.UnicodeDecodeError, "'" + name + "' codec can't decode bytes: invalid data");
        }
    }

    @TruffleBoundary
    public static byte[] encode(String s, Object encoding) {
        Charset cs = charset(encoding);
        try {
            ByteBuffer bb = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException ex) {
            String name = cs == StandardCharsets.US_ASCII ? "ascii" : cs == StandardCharsets.ISO_8859_1 ? "latin-1" : "utf-8";
            int pos = 0;
            int limit = cs == StandardCharsets.US_ASCII ? 128 : 256;
            while (pos < s.length() && s.charAt(pos) < limit) {
                pos++;
            }
            String ch = pos < s.length() ? PyRepr.stringRepr(String.valueOf(s.charAt(pos))) : "''";
            throw PythonError.raise(PythonErrorType.UnicodeEncodeError,
                            "'" + name + "' codec can't encode character " + ch + " in position " + pos + ": ordinal not in range(" + limit + ")");
        }
    }
}
