package org.zhextract.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes input bytes: a byte-order mark wins, then strict UTF-8, then GB18030 (a superset of
 * GBK and GB2312). Bytes no candidate accepts are replaced and reported.
 */
final class Charsets {

    static final Charset GB18030 = Charset.forName("GB18030");

    private Charsets() {
    }

    record Decoded(String text, Charset charset, List<String> warnings) {
    }

    static Decoded decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8, warnings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE, warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE, warnings);
        }
        for (Charset candidate : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                String text = strict(candidate).decode(ByteBuffer.wrap(bytes)).toString();
                return new Decoded(text, candidate, warnings);
            } catch (CharacterCodingException e) {
                // try the next candidate
            }
        }
        return lenient(bytes, 0, StandardCharsets.UTF_8, warnings);
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            if (replaced > 0) {
                warnings.add("invalid " + charset.name() + " bytes: " + replaced + " characters replaced with U+FFFD");
            }
            return new Decoded(text, charset, warnings);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
