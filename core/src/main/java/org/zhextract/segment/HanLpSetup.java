package org.zhextract.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.utility.Predefine;
import java.util.logging.Level;

/**
 * The one place where HanLP's process-wide configuration is set. HanLP keeps its configuration
 * in static fields; we set it exactly once, before the first segmenter is made, and never again.
 */
final class HanLpSetup {

    private HanLpSetup() {
    }

    /** Runs the configuration once per JVM; later calls return at once. */
    static void ensureConfigured() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            // HanLP portable reads its dictionaries from the jar and tries to write binary caches
            // beside them; inside a jar that fails harmlessly but logs a warning per dictionary.
            Predefine.logger.setLevel(Level.OFF);
            HanLP.Config.enableDebug(false);
            HanLP.Config.ShowTermNature = true;
            // Matching must see the text as written: offsets would drift if HanLP rewrote it.
            HanLP.Config.Normalization = false;
        }

        static void touch() {
            // class initialisation above does the work, once, thread-safely
        }
    }
}
