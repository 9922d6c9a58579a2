package org.zhextract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that describe what kind of company a text speaks of, not which one: descriptors of its
 * owner, cost, rank or reach (国有, 低成本, 首家: body-descriptors.txt) and kind words that, right
 * before a name, say what kind of body it is (机构, 公司: body-kinds.txt). HanLP's institution
 * words (航空公司, 金融公司, 分公司) and the model take such descriptions for names
 * (国际低成本航空公司, 中国国有金融公司).
 */
final class CompanyDescriptions {

    private final Set<String> descriptors;
    private final Set<String> kinds;
    private final Set<String> genericHeads;
    /** Institution words that after a country alone name no particular body (大学, 法院): country-institutions.txt. */
    private final Set<String> countryInstitutions;
    private final EntityLexicon lexicon;

    CompanyDescriptions(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.countryInstitutions = Set.copyOf(EntityLexicon.words("country-institutions.txt"));
        this.descriptors = Set.copyOf(EntityLexicon.words("body-descriptors.txt"));
        this.kinds = Set.copyOf(EntityLexicon.words("body-kinds.txt"));
        this.genericHeads = lexicon.genericOrgHeads();
    }

    /**
     * Whether a place and an institution word are a country and its institutions in general (美国大学, 中国法院,
     * 英国大学): a country is told by the gazetteer and its last character 国, so a city's (香港大学, 北京大学) and
     * a longer name (中国人民大学) stay names.
     */
    boolean isCountryAndInstitution(String place, String head) {
        return countryInstitutions.contains(head) && place.length() >= 2 && place.endsWith("国") && lexicon.isPlace(place);
    }

    boolean isDescriptor(String word) {
        return descriptors.contains(word);
    }

    /**
     * A company's rank among its kind (第二大, 第三大, 第一家, 最大): it tells which of many a company is only by
     * comparison, no name. A bare ordinal stays out (上海第一百货, 第二炮兵: ordinals in names); the segmentation
     * breaks a rank several ways (第二/大, 第/三大, 第一/家, 最大), so the words are joined before the test.
     */
    private static final Pattern RANK = Pattern.compile("第[一二三四五六七八九十两0-9０-９]+[大家]|最大|最小");

    /** Whether text[from, to) lies inside a rank expression (第二 and 大 of 第二大, 最大): for scans word by word. */
    boolean isInsideRank(String text, int from, int to) {
        Matcher m = RANK.matcher(text).region(Math.max(0, from - 4), Math.min(text.length(), to + 4));
        while (m.find()) {
            if (m.start() <= from && to <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** How many words from {@code from} make one rank expression (0 for none): 第/三大, 第二/大, 最大. */
    private static int rankLength(List<String> words, int from) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < words.size() && i < from + 3; i++) {
            joined.append(words.get(i));
            if (RANK.matcher(joined).matches()) {
                return i - from + 1;
            }
        }
        return 0;
    }

    /** A kind word (机构, 公司) that, right before a name, is no part of it. */
    boolean isKindBeforeName(String word) {
        return kinds.contains(word);
    }

    /** Whether an organization's last word is or ends in a generic head (公司, 航空公司, 分公司, 机构). */
    boolean endsInGenericHead(String head) {
        for (int i = 0; i < head.length(); i++) {
            if (genericHeads.contains(head.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words before a company word only describe it: every word a place, a generic word or
     * a descriptor, and either a descriptor among them (中国/国有/金融公司, 亚洲/地区/首家/低成本/航空公司)
     * or a rank (马来西亚/第二/大/国际/航空公司, see {@link #RANK}),
     * or, with no place, one generic word (国际/航空公司). A place and generic words alone stay
     * names (中国国际航空公司, 马来西亚航空公司), as does anything with another word (国际航空运输协会).
     *
     * @param words the words before the head, each with whether it is a place
     */
    boolean describesOnly(List<String> words, List<Boolean> places, String head, EntityLexicon lexicon) {
        if (words.isEmpty() || !endsInGenericHead(head)) {
            return false;
        }
        int descriptorCount = 0;
        int others = 0;
        boolean place = false;
        for (int i = 0; i < words.size(); i++) {
            int rank = places.get(i) ? 0 : rankLength(words, i);
            if (rank > 0) {
                descriptorCount++; // 马来西亚/第二/大/国际/航空公司: the second largest, which is no name
                i += rank - 1;
            } else if (places.get(i)) {
                place = true;
            } else if (isDescriptor(words.get(i))) {
                descriptorCount++;
            } else if (lexicon.isGeneric(words.get(i))) {
                others++;
            } else {
                return false;
            }
        }
        return descriptorCount > 0 || !place && others == 1;
    }
}
