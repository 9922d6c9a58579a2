package org.zhextract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.model.Entity;

class NerModelOptionTest {

    @TempDir
    Path temp;

    @Test
    void theShippedModelIsOnByDefaultAndOnlyAddsNamesThatFitTheConventions() throws Exception {
        Extraction x = SharedExtractor.get().extract(TestFiles.seed("002_bc2f8cbaeac80638"));
        Extraction without = Extractor.builder().withoutNerModel().build()
                .extract(TestFiles.seed("002_bc2f8cbaeac80638"));

        assertThat(x.entities()).extracting(Entity::name).contains("普京", "习近平", "新华社", "内德‧普赖斯");
        assertThat(x.entities()).allSatisfy(e -> assertThat(e.name().codePointCount(0, e.name().length()))
                .isGreaterThan(1));
        assertThat(x.entities().size()).isGreaterThanOrEqualTo(without.entities().size());
    }

    @Test
    void withoutTheModelOrganizationsHanLpLacksGoUnfound() {
        String text = "标题\n港澳办副主任张晓明在北京说，人大法工委发布了报告。";
        Extraction with = SharedExtractor.get().extractText(text);
        Extraction without = Extractor.builder().withoutNerModel().build().extractText(text);

        // 港澳办 is listed in the gazetteer (under its full name), so the rules find it too; 人大法工委 is not
        assertThat(with.entities()).extracting(Entity::name).contains("国务院港澳事务办公室", "人大法工委", "张晓明");
        assertThat(without.entities()).extracting(Entity::name).contains("张晓明", "国务院港澳事务办公室")
                .doesNotContain("人大法工委");
    }

    @Test
    void aBrokenModelFileFailsTheBuildWithItsName() throws Exception {
        Path broken = Files.writeString(temp.resolve("model.bin.gz"), "not a model");
        assertThatThrownBy(() -> Extractor.builder().nerModel(broken).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("model.bin.gz");
    }
}
