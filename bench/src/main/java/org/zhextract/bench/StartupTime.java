package org.zhextract.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.json.ExtractionJson;

/**
 * Where start-up time goes, measured from the JVM's own start time: reaching {@code main},
 * building the {@link Extractor} (HanLP dictionaries and our resources, loaded once), and the
 * first result for one file.
 *
 * <pre>
 * java -Xss4m -jar bench/target/zhextract-bench.jar startup testdata/seeds/000_bf65dbdb9e137cd9.txt
 * </pre>
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long atMain = System.currentTimeMillis();
        Extractor extractor = Extractor.builder().build();
        long built = System.currentTimeMillis();
        Extraction first = extractor.extract(Path.of(args[0]));
        String json = new ExtractionJson().toJson(first);
        long firstResult = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "start-up: JVM to main %.2f s, extractor built %.2f s, first result %.2f s "
                        + "(%d characters, %d bytes of JSON)%n",
                (atMain - jvmStart) / 1e3, (built - jvmStart) / 1e3, (firstResult - jvmStart) / 1e3,
                first.text().length(), json.length());
    }
}
