package org.zhextract;

/** One extractor for the whole test run: building one loads HanLP's dictionaries. */
public final class SharedExtractor {

    private static final Extractor INSTANCE = Extractor.builder().build();

    private SharedExtractor() {
    }

    public static Extractor get() {
        return INSTANCE;
    }
}
