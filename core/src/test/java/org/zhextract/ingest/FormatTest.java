package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a.html     | 标题 正文                                      | HTML
            a.htm      | 标题 正文                                      | HTML
            a.md       | 标题 正文                                      | MARKDOWN
            a.markdown | 标题 正文                                      | MARKDOWN
            a.txt      | 标题 正文                                      | TEXT
            noextension| 标题 正文                                      | TEXT
            a.txt      | <!doctype html><html><body><p>正文</p>        | HTML
            noextension| <html><body><p>正文</p></body></html>          | HTML
            a.txt      | ### 标题                                        | MARKDOWN
            a.txt      | [标题](https://www.bbc.com/zhongwen/simp/a-1)   | MARKDOWN
            noextension| <div><p>正文</p></div>                         | HTML
            a.md       | <!doctype html><html><body>正文</body></html>  | HTML
            """)
    void detectsFormatByContentThenExtension(String name, String content, Format expected) {
        assertThat(Format.detect(name, content)).isEqualTo(expected);
    }
}
