package org.zhextract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {

    @Test
    void readsRelativeAndAbsoluteNamesAlike() {
        List<String> relative = ResourceLines.read(org.zhextract.resolve.EntityResolver.class, "kin-words.txt");
        List<String> absolute = ResourceLines.read(ResourceLinesTest.class, "/org/zhextract/resolve/kin-words.txt");
        assertThat(relative).isEqualTo(absolute).contains("之子");
    }

    @Test
    void namesTheMissingResource() {
        assertThatThrownBy(() -> ResourceLines.read(ResourceLinesTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource org/zhextract/text/no-such-list.txt");
    }
}
