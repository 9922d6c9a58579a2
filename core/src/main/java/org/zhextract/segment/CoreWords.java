package org.zhextract.segment;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What HanLP's core dictionary (built from annotated news text) says of a word. The entity stage
 * asks it whether a "person" that role tagging or the trained model proposed is in fact an
 * ordinary word the dictionary has never seen used as a name (毛巾, 雷达, 黄金, 法西斯).
 */
public final class CoreWords {

    private CoreWords() {
    }

    /**
     * Whether {@code word} is in the core dictionary, none of its parts of speech is a person's
     * name ({@code nr}, {@code nrf}, {@code nrj}, …), and it is either a place or organization
     * there (昌江/ns) or seen at least twice (雷达, 黄金, 毛巾). Names the dictionary knows
     * (毛泽东, 诺贝尔, 高峰 as {@code nr} among others), words it lacks (川普) and words it saw
     * only once as something else (达赖喇嘛, 里根 and 屈原 are there once each, as nouns) are not.
     */
    public static boolean isWordNeverPersonName(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        if (attribute == null || hasNameTag(attribute)) {
            return false;
        }
        boolean placeOrOrganization = false;
        for (Nature nature : attribute.nature) {
            String tag = nature.toString();
            placeOrOrganization |= tag.startsWith("ns") || tag.startsWith("nt");
        }
        // seen once as a common noun is too little to go by (达赖喇嘛, 里根, 屈原 are there once
        // each as n); a place or an organization (昌江/ns) is never a person
        return placeOrOrganization || attribute.totalFrequency >= 2;
    }

    /**
     * Whether {@code word} is in the core dictionary with no person's-name tag at all, however
     * rarely seen (雷达站/n, once): a word, not a name.
     */
    public static boolean isWordWithoutNameTag(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        return attribute != null && !hasNameTag(attribute);
    }

    /**
     * Whether {@code word} is a common word in the core dictionary: seen at least three times,
     * less than a tenth of them as a person's name (清楚, 社会, 进行, 微信; not 丹丹 or 天明, seen
     * once or twice).
     */
    public static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        if (attribute == null || attribute.totalFrequency < 3) {
            return false;
        }
        int asName = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("nr")) {
                asName += attribute.frequency[i];
            }
        }
        return asName * 10 < attribute.totalFrequency;
    }

    /**
     * Whether {@code word} is mostly a verb (verbal nouns and prepositions included) in the core
     * dictionary and less than half the time a noun: 要求, 评价, 处理, 有关, 影响, 遭; not 计划 or
     * 建议, mostly nouns.
     */
    public static boolean isMostlyVerb(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        if (attribute == null || attribute.totalFrequency == 0) {
            return false;
        }
        int verb = 0;
        int noun = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            String tag = attribute.nature[i].toString();
            if (tag.startsWith("v") || tag.startsWith("p")) {
                verb += attribute.frequency[i];
            } else if (tag.startsWith("n")) {
                noun += attribute.frequency[i];
            }
        }
        return verb * 2 >= attribute.totalFrequency && noun * 2 < attribute.totalFrequency;
    }

    /**
     * Whether {@code word} is a verb (verbal nouns included) at least a third of the time in the core dictionary: all
     * that {@link #isMostlyVerb} takes and words mostly nouns but often verbs, 建议 (n 100, v 47, vn 19); not 计划
     * (n 327 of 382). For a word right before a name, where its verb reading takes the name as object.
     */
    public static boolean isOftenVerb(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        if (attribute == null || attribute.totalFrequency == 0) {
            return false;
        }
        int verb = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("v")) {
                verb += attribute.frequency[i];
            }
        }
        return verb * 3 >= attribute.totalFrequency;
    }

    /** How often the core dictionary saw {@code word}, 0 when it lacks the word. */
    public static int frequency(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        return attribute == null ? 0 : attribute.totalFrequency;
    }

    /**
     * Whether {@code word} is in HanLP's core dictionary or its bundled custom dictionary (place
     * and organization lists: 亚利桑那/nsf, 天元区/ns): a word HanLP looked up, not one its role
     * tagging put together (群里, 美台, 驻港).
     */
    public static boolean isDictionaryWord(String word) {
        return attribute(word) != null || CustomDictionary.get(word) != null;
    }

    /** The part of speech the core dictionary gives {@code word} most often, or "" when it lacks the word. */
    public static String mainTag(String word) {
        CoreDictionary.Attribute attribute = attribute(word);
        if (attribute == null) {
            return "";
        }
        int best = 0;
        for (int i = 1; i < attribute.nature.length; i++) {
            if (attribute.frequency[i] > attribute.frequency[best]) {
                best = i;
            }
        }
        return attribute.nature[best].toString();
    }

    /**
     * Every part of speech HanLP's core dictionary and its bundled custom dictionary give
     * {@code word} (布鲁克林/nsf, 默克尔/nrf, 雷达/n), empty when neither has it.
     */
    public static List<String> tags(String word) {
        HanLpSetup.ensureConfigured();
        List<String> tags = new ArrayList<>();
        for (CoreDictionary.Attribute attribute : new CoreDictionary.Attribute[] {CoreDictionary.get(word), CustomDictionary.get(word)}) {
            if (attribute != null) {
                for (Nature nature : attribute.nature) {
                    tags.add(nature.toString());
                }
            }
        }
        return tags;
    }

    /**
     * The share of surname uses (role B) among all uses of {@code c} in HanLP's person-name
     * dictionary: 0.99 for 李, 0.57 for 曾, 0.33 for 都, 0.25 for 成, 0.00 for 平 (平权); 1 when the
     * dictionary lacks the character (nothing to go by).
     */
    public static double surnameShare(char c) {
        HanLpSetup.ensureConfigured();
        EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return 1;
        }
        int surname = 0;
        int total = 0;
        for (Map.Entry<NR, Integer> role : item.labelMap.entrySet()) {
            total += role.getValue();
            if (role.getKey() == NR.B) {
                surname += role.getValue();
            }
        }
        return total == 0 ? 1 : (double) surname / total;
    }

    /**
     * How often HanLP's person-name dictionary saw {@code c} as a given-name character (roles C,
     * D and E: first or last of two, or a one-character given name): 超 1,666, 晶 488, 缘 14;
     * 值 1, 系 2, 单 5 (颜值, 连系, 万单 are words, not names). -1 when the dictionary lacks the character (nothing to go by).
     */
    public static int givenNameUses(char c) {
        HanLpSetup.ensureConfigured();
        EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return -1;
        }
        int uses = 0;
        for (Map.Entry<NR, Integer> role : item.labelMap.entrySet()) {
            if (role.getKey() == NR.C || role.getKey() == NR.D || role.getKey() == NR.E) {
                uses += role.getValue();
            }
        }
        return uses;
    }

    /** The core dictionary's entry for {@code word}, or null. */
    private static CoreDictionary.Attribute attribute(String word) {
        HanLpSetup.ensureConfigured();
        return CoreDictionary.get(word);
    }

    /**
     * Whether the core dictionary saw a word at least twice and only as a common word: no person,
     * place, organization or other proper-noun tag, no abbreviation ({@code j}) nor Latin ({@code nx})
     * tag (公告, 简介, 毛巾; not 石山/ns, 程序, which it once saw as nr, nor 德文/nz).
     */
    public static boolean isPlainCommonWord(String word) {
        return isPlainCommonWord(word, 2);
    }

    /**
     * As {@link #isPlainCommonWord(String)}, seen at least {@code minFrequency} times: a word of three or more
     * characters HanLP lists only as a common word is one even when seen once (公开信/n, frequency 1).
     */
    public static boolean isPlainCommonWord(String word, int minFrequency) {
        CoreDictionary.Attribute attribute = attribute(word);
        if (attribute == null || attribute.totalFrequency < minFrequency) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            String tag = nature.toString();
            if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")
                    || tag.startsWith("nx") || tag.startsWith("j")) {
                return false;
            }
        }
        return true;
    }

    /** Whether any part of speech of the entry is a person's name (nr, nrf, nrj, …). */
    private static boolean hasNameTag(CoreDictionary.Attribute attribute) {
        for (Nature nature : attribute.nature) {
            if (nature.toString().startsWith("nr")) {
                return true;
            }
        }
        return false;
    }
}
