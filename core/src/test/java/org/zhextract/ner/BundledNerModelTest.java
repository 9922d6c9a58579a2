package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhextract.model.EntityType;

class BundledNerModelTest {

    private static NerModel model;

    @BeforeAll
    static void load() throws IOException {
        model = NerModel.bundled();
    }

    @Test
    void tagsPersonPlaceAndOrganizationInANewsSentence() {
        String text = "俄罗斯总统普京在北京接受了新华社记者的采访。";

        assertThat(model.tag(text)).contains(
                new NerSpan(5, 7, EntityType.PERSON),
                new NerSpan(8, 10, EntityType.LOC),
                new NerSpan(13, 16, EntityType.ORG));
    }

    @Test
    void tagsNothingInASentenceWithoutNames() {
        assertThat(model.tag("今天的天气很好，我们去公园散步吧。")).isEmpty();
        assertThat(model.tag("")).isEmpty();
    }

    @Test
    void givesTheSameSpansFromManyThreadsAtOnce() throws Exception {
        List<String> sentences = List.of(
                "国务院总理李克强今天在人民大会堂会见了德国总理默克尔。",
                "中国外交部发言人华春莹在例行记者会上回答了路透社记者的提问。",
                "上海证券交易所和深圳证券交易所宣布，将于下周一恢复交易。",
                "美国总统拜登与英国首相约翰逊在白宫举行会谈。");
        List<List<NerSpan>> expected = sentences.stream().map(model::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<NerSpan>>>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> {
                    List<List<NerSpan>> last = null;
                    for (int round = 0; round < 50; round++) {
                        last = sentences.stream().map(model::tag).toList();
                        if (!last.equals(expected)) {
                            return last;
                        }
                    }
                    return last;
                }));
            }
            for (Future<List<List<NerSpan>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(0)).isNotEmpty();
    }
}
