package org.zhextract.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link Pronunciation} backed by HanLP's character-to-pinyin dictionary. */
final class HanLpPronunciation implements Pronunciation {

    HanLpPronunciation() {
        HanLpSetup.ensureConfigured();
        HanLP.convertToPinyinList("初始化");
    }

    @Override
    public Optional<String> syllable(int codePoint) {
        if (!Character.isIdeographic(codePoint)) {
            return Optional.empty();
        }
        List<Pinyin> readings = HanLP.convertToPinyinList(new String(Character.toChars(codePoint)));
        if (readings.isEmpty() || readings.get(0) == Pinyin.none5) {
            return Optional.empty();
        }
        return Optional.of(readings.get(0).getPinyinWithoutTone().toLowerCase(Locale.ROOT));
    }
}
