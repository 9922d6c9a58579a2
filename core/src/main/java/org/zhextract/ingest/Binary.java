package org.zhextract.ingest;

import java.util.List;
import java.util.Optional;

/** Recognises inputs that are not text at all: images, archives, PDFs, other binary data. */
final class Binary {

    private record Magic(String kind, int[] prefix) {
    }

    private static final List<Magic> MAGICS = List.of(
            new Magic("PNG image", new int[] {0x89, 'P', 'N', 'G'}),
            new Magic("JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Magic("GIF image", new int[] {'G', 'I', 'F', '8'}),
            new Magic("WebP or RIFF media", new int[] {'R', 'I', 'F', 'F'}),
            new Magic("PDF document", new int[] {'%', 'P', 'D', 'F'}),
            new Magic("ZIP archive or Office document", new int[] {'P', 'K', 3, 4}),
            new Magic("gzip archive", new int[] {0x1F, 0x8B}),
            new Magic("executable", new int[] {0x7F, 'E', 'L', 'F'}));
    private static final int SNIFF_BYTES = 4096;

    private Binary() {
    }

    /** What kind of binary data the bytes are, or empty for text. */
    static Optional<String> kindOf(byte[] bytes) {
        for (Magic magic : MAGICS) {
            if (startsWith(bytes, magic.prefix())) {
                return Optional.of(magic.kind());
            }
        }
        if (startsWith(bytes, new int[] {0xFE, 0xFF}) || startsWith(bytes, new int[] {0xFF, 0xFE})) {
            return Optional.empty();
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        // UTF-16 without a byte-order mark puts its zero bytes on one side only.
        boolean utf16Like = Math.min(zerosEven, zerosOdd) * 20 < Math.max(zerosEven, zerosOdd)
                && Math.max(zerosEven, zerosOdd) > n / 8;
        return zerosEven + zerosOdd > 0 && !utf16Like ? Optional.of("binary data") : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int[] prefix) {
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
