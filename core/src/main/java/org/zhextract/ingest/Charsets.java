package org.zhextract.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Decides how input bytes are decoded, in this order of evidence: a byte-order mark; a
 * {@code <meta charset>} or {@code http-equiv} declaration that the bytes honour (unless it
 * names a legacy charset and the bytes are valid UTF-8); strict UTF-8;
 * then GB18030 (a superset of GBK and GB2312) against Big5, decided by which decoding yields
 * more common Chinese characters. Bytes the chosen charset cannot decode become U+FFFD and a
 * warning says how many.
 *
 * <p>Immutable and thread-safe.
 */
final class Charsets {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    private static final PrefilteredPattern META_CHARSET = PrefilteredPattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private final Set<Integer> commonHan;

    /** @param commonHan the frequent Han characters (simplified and traditional) that vote for a decoding */
    Charsets(Set<Integer> commonHan) {
        this.commonHan = Set.copyOf(Objects.requireNonNull(commonHan, "commonHan"));
    }

    record Decoded(String text, Charset charset, List<String> warnings) {
        Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
            warnings = List.copyOf(warnings);
        }
    }

    Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Optional<Charset> bomless16 = bomlessUtf16(bytes);
        if (bomless16.isPresent()) {
            return lenient(bytes, 0, bomless16.get());
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        Optional<Charset> declared = declaredCharset(bytes);
        // Pages re-saved as UTF-8 often keep their old gb2312 declaration; legacy double-byte
        // text is almost never valid UTF-8, so valid UTF-8 outranks a declaration of another charset.
        if (declared.isPresent() && (utf8.isEmpty() || declared.get().equals(StandardCharsets.UTF_8))) {
            Optional<String> asDeclared = strictly(bytes, declared.get());
            if (asDeclared.isPresent()) {
                return new Decoded(asDeclared.get(), declared.get(), List.of());
            }
        }
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8, List.of());
        }
        return bestScoring(List.of(lenient(bytes, 0, StandardCharsets.UTF_8),
                lenient(bytes, 0, GB18030), lenient(bytes, 0, BIG5)));
    }

    /**
     * Damaged UTF-8, GB18030 and Big5 accept overlapping byte sequences; the decoding in which
     * more Han characters are common ones, and fewer bytes are invalid, is the real one. Ties go
     * to the earlier candidate.
     */
    private Decoded bestScoring(List<Decoded> candidates) {
        Decoded best = candidates.get(0);
        double bestScore = score(best.text());
        for (Decoded candidate : candidates.subList(1, candidates.size())) {
            double s = score(candidate.text());
            if (s > bestScore) {
                best = candidate;
                bestScore = s;
            }
        }
        return best;
    }

    /** Share of Han characters that are common, minus a heavy penalty per replaced character. */
    double score(String text) {
        int han = 0;
        int common = 0;
        int replaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0xFFFD) {
                replaced++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                if (commonHan.contains(cp)) {
                    common++;
                }
            }
            i += Character.charCount(cp);
        }
        int judged = han + replaced;
        return judged == 0 ? 0 : (common - 2.0 * replaced) / judged;
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        List<MatchResult> found = META_CHARSET.findAll(head);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String name = found.get(0).group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) {
            return Optional.of(GB18030);
        }
        if (name.equals("big5-hkscs") || name.equals("x-x-big5")) {
            return Optional.of(BIG5);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** UTF-16 without a byte-order mark shows as a zero byte in every other position of ASCII text. */
    private static Optional<Charset> bomlessUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, SNIFF_BYTES) / 2;
        if (pairs < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The bytes decoded, or empty if they are not valid in the charset. */
    static Optional<String> strictly(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor decodes UTF-8 several times faster than a CharsetDecoder,
            // turning malformed input into U+FFFD: text without U+FFFD came from valid bytes.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            long replaced = countReplacements(text);
            List<String> warnings = new ArrayList<>();
            if (replaced > 0) {
                warnings.add("invalid " + charset.name() + " bytes: " + replaced + " characters replaced with U+FFFD");
            }
            return new Decoded(text, charset, warnings);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    private static long countReplacements(String text) {
        return text.chars().filter(c -> c == '\uFFFD').count();
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
