package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Metadata and boilerplate rules on small pages in each layout. */
class IngesterTest {

    private static final Ingester INGESTER = new Ingester();

    private static IngestedDocument read(String content, String name) {
        return INGESTER.read(content.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void htmlPageGivesCanonicalUrlTimeElementAndByline() {
        IngestedDocument doc = read("""
                <html><head><title>网站 - 标题</title>
                <meta property="og:title" content="美国宣布新制裁">
                <link rel="canonical" href="https://www.voachinese.com/a/sanctions/123.html"></head>
                <body><nav><a href="/">首页</a></nav>
                <article><h1>美国宣布新制裁</h1><time datetime="2021-03-05T10:00:00Z">3小时前</time>
                <p>撰稿 王明</p><p>美国财政部周五宣布新的制裁措施。</p>
                <div class="share-tools">分享到微信</div>
                <div aria-hidden="true">屏幕阅读器不读这段</div>
                <ul><li><a href="/a/1.html">相关：另一篇文章的标题</a></li><li><a href="/a/2.html">第三篇文章</a></li></ul>
                <p>官员说，<a href="/tag/x">制裁</a>将于下周生效。</p></article></body></html>
                """, "page.html");

        assertThat(doc.source().format()).isEqualTo("html");
        assertThat(doc.article().title()).contains("美国宣布新制裁");
        assertThat(doc.article().url()).contains("https://www.voachinese.com/a/sanctions/123.html");
        assertThat(doc.article().publisher()).contains("美国之音");
        assertThat(doc.article().published()).contains("2021-03-05");
        assertThat(doc.article().authors()).containsExactly("王明");
        assertThat(doc.text()).isEqualTo("美国宣布新制裁\n撰稿 王明\n美国财政部周五宣布新的制裁措施。\n官员说，制裁将于下周生效。");
    }

    @Test
    void archiveMarkdownWithoutTitleUsesItsFileNameAndHeaderFields() {
        IngestedDocument doc = read("""
                ![img](https://example.org/a.png)

                **标题：** 填入标题 \s
                **作者：** [某公众号](https://chinadigitaltimes.net/space/x) \s
                **发表日期：** 2024.2.7 \s
                **来源：** [某公众号](https://mp.weixin.qq.com/s/abc) \s

                第一段正文，*强调*和**加粗**只留文字。

                如果想看报告全文，可以在[官网上下载](http://example.gov.cn/a.shtml "官网")：
                """, "cdt-2024/2024-02/某公众号｜一场漫长的调查.md");

        assertThat(doc.article().title()).contains("某公众号｜一场漫长的调查");
        assertThat(doc.article().published()).contains("2024-02-07");
        assertThat(doc.article().authors()).containsExactly("某公众号");
        assertThat(doc.article().publisher()).contains("某公众号");
        assertThat(doc.text()).isEqualTo("某公众号｜一场漫长的调查\n第一段正文，强调和加粗只留文字。\n如果想看报告全文，可以在官网上下载：");
    }

    @Test
    void dayOnlyDatelineIsCompletedFromTheCrawlStamp() {
        IngestedDocument doc = read("""
                <!--1595260509000-->
                [美国国务院批评北京](http://www.rfi.fr/cn/中国/abc)
                ------

                <p>（法新社华盛顿18日电）美国国务院周六表示，北京的做法令人担忧。</p>
                """, "法广/1_美国国务院批评北京.md");

        assertThat(doc.article().published()).contains("2020-07-18");
        assertThat(doc.article().publisher()).contains("法广");
        assertThat(doc.warnings()).isEmpty();
        assertThat(doc.text()).isEqualTo("美国国务院批评北京\n（法新社华盛顿18日电）美国国务院周六表示，北京的做法令人担忧。");
    }

    @Test
    void theOutletsOwnNameAfterTheTitleIsNotPartOfIt() {
        IngestedDocument doc = read("""
                <!--1595267727000-->
                [疫情冲击足坛 金球奖取消颁奖 – 法国国际广播电台 - RFI](http://www.rfi.fr//cn/contenu/20200720-abc)
                ------

                <div>20/07/2020 - 17:50</div><p>（法新社巴黎20日电）「金球奖」主办单位今天宣布，今年不会举行颁奖。</p>
                """, "法广/1046909_疫情冲击足坛 金球奖取消颁奖 – 法国国际广播电台 - RFI.md");

        assertThat(doc.article().title()).contains("疫情冲击足坛 金球奖取消颁奖");
        assertThat(doc.text()).startsWith("疫情冲击足坛 金球奖取消颁奖\n");
        assertThat(doc.article().publisher()).contains("法广");
    }

    @Test
    void characterReferencesInAMarkdownTitleAreDecoded() {
        // Markdown decodes entity references outside code: feed archives write the title's quotes as &quot;
        IngestedDocument doc = read("""
                [就美国对香港施加限制 中方&quot;将采取必要反制措施&quot;--中国外交部 &amp; 商务部](https://cn.reuters.com/x)
                ------

                <p>路透北京6月30日 - 中国外交部新闻发言人赵立坚周二表示，中方将采取必要反制措施。</p>
                """, "路透/1048145_就美国.md");

        assertThat(doc.article().title()).contains("就美国对香港施加限制 中方\"将采取必要反制措施\"--中国外交部 & 商务部");
        assertThat(doc.text()).startsWith("就美国对香港施加限制 中方\"将采取必要反制措施\"--中国外交部 & 商务部\n");
    }

    @Test
    void aProgrammeNameAfterTheTitleIsNotPartOfIt() {
        // RFI's feed titles end in the programme or column the piece ran in (ingest/title-tails.tsv)
        IngestedDocument doc = read("""
                [国际货币基金组织： 走向绿色经济的改革措施 - 今日经济](http://www.rfi.fr//cn/x/20200715-abc)
                ------

                <p>欧洲必须构建一个全新的更绿色的经济。</p>
                """, "法广/1047173_x.md");

        assertThat(doc.article().title()).contains("国际货币基金组织： 走向绿色经济的改革措施");
    }

    @Test
    void aTitleEndingInSomethingElseAfterADashKeepsIt() {
        // a title that really ends with a dash clause, or another outlet's programme: nothing says it is RFI's
        IngestedDocument doc = read("""
                [Coronavirus – 中国新疆启动疫情检测](http://www.rfi.fr//cn/x/20200715-abc)
                ------

                <p>欧洲必须构建一个全新的更绿色的经济。</p>
                """, "法广/1047173_x.md");
        IngestedDocument other = read("""
                [走向绿色经济的改革措施 - 今日经济](https://www.dw.com/zh/x/a-54245640)
                ------

                <p>欧洲必须构建一个全新的更绿色的经济。</p>
                """, "德国之声/1047798_x.md");

        assertThat(doc.article().title()).contains("Coronavirus – 中国新疆启动疫情检测");
        assertThat(other.article().title()).contains("走向绿色经济的改革措施 - 今日经济");
    }

    @Test
    void aNameRightBeforeTheHeadDateIsTheByline() {
        // the feed's header: <i>author<br>date</i>; "null" is the feed's empty value leaking through
        IngestedDocument dw = read("""
                [“抠门四国”变五国 欧盟寻找折衷方案](https://www.dw.com/zh/x/a-54234308)
                ------

                <div><i>null 张筠青（综合报道）<br>2020-07-19T12:56:10.338Z</i></div><p>（德国之声中文网）欧盟27国国家元首本周末召开欧盟特别峰会。</p>
                """, "德国之声/1047815_x.md");
        IngestedDocument nyt = read("""
                [澳大利亚暂停与香港的引渡条约](https://cn.nytimes.com/asia-pacific/20200709/australia-hong-kong/)
                ------

                <div><i>王霜舟<br>2020-07-09 14:41:59</i></div><p>澳大利亚周四宣布暂停与香港的引渡条约。</p>
                """, "纽约时报/1047900_x.md");
        IngestedDocument latin = read("""
                [德国将调整对华政策](https://www.dw.com/zh/x/a-54234309)
                ------

                <div><i>William  Yang<br>2020-07-19T12:56:10.338Z</i></div><p>德国政府本周讨论对华政策。</p>
                """, "德国之声/1047816_x.md");
        IngestedDocument outlet = read("""
                [德国将调整对华政策](https://www.dw.com/zh/x/a-54234309)
                ------

                <div><i>  德国之声中文网<br>2020-07-19T12:56:10.338Z</i></div><p>德国政府本周讨论对华政策。</p>
                """, "德国之声/1047816_x.md");

        assertThat(dw.article().authors()).containsExactly("张筠青");
        assertThat(dw.text()).isEqualTo("“抠门四国”变五国 欧盟寻找折衷方案\n（德国之声中文网）欧盟27国国家元首本周末召开欧盟特别峰会。");
        assertThat(nyt.article().authors()).containsExactly("王霜舟");
        assertThat(nyt.text()).doesNotContain("王霜舟");
        assertThat(latin.article().authors()).containsExactly("William Yang");
        assertThat(outlet.article().authors()).isEmpty();
    }

    @Test
    void anArchivePageWithoutUrlOrSourceIsPublishedWhereItsImagesAreUploaded() {
        IngestedDocument doc = read("""
                **上期周报：** [【CDT周报】第152期：一个不正常的中国人](https://chinadigitaltimes.net/chinese/703929.html "【CDT周报】第152期")

                ![file](https://chinadigitaltimes.net/chinese/files/2024/01/image-1705746474053.png)

                1月7日—14日 这一周，台湾大选落下帷幕。

                **标题：** 【CDT周报】第152期：一个不正常的中国人 \s
                **作者：** 中国数字时代 \s
                **发表日期：** 2024.1.15 \s
                """, "cdt-2024/2024-01/【CDT周报】第153期：谁代表主流民意？.md");
        IngestedDocument quote = read("""
                ![img](https://chinadigitaltimes.net/chinese/files/2024/01/post-1.png)

                新年快乐
                """, "cdt-2024/2024-01/每日一语 2024.1.1.md");
        IngestedDocument repost = read("""
                ![img](https://chinadigitaltimes.net/chinese/files/2024/01/post-1.png)

                **标题：** 一场漫长的调查 \s
                **来源：** [微信公众号“某号”](https://mp.weixin.qq.com/s/abc) \s

                第一段正文。
                """, "cdt-2024/2024-01/某号｜一场漫长的调查.md");

        IngestedDocument video = read("""
                **作者：** 中国数字时代 \s
                **发表日期：** 2024.2.1 \s

                谨以此片向《四月之声》致敬。
                """, "cdt-2024/2024-02/【CDT月度视频】一月之声.md");

        assertThat(doc.article().publisher()).contains("中国数字时代");
        assertThat(doc.article().title()).contains("【CDT周报】第153期：谁代表主流民意？");
        assertThat(video.article().publisher()).contains("中国数字时代");
        assertThat(quote.article().publisher()).contains("中国数字时代");
        assertThat(repost.article().publisher()).contains("微信公众号“某号”");
        assertThat(repost.article().title()).contains("一场漫长的调查");
    }

    @Test
    void anArchivePageWithNothingButItsColumnLabelIsPublishedByTheColumnsOutlet() {
        IngestedDocument comments = read("""
                2024年2月16日，俄罗斯反对派领导人纳瓦尔尼在监狱中猝逝。

                @骑乌龟去浪：一定是心脏病吧
                """, "cdt-2024/2024-02/【网络民议】“纳瓦尔尼像一个英雄那样活着”.md");
        IngestedDocument unlabelled = read("""
                2024年2月16日，俄罗斯反对派领导人纳瓦尔尼在监狱中猝逝。
                """, "cdt-2024/2024-02/“纳瓦尔尼像一个英雄那样活着”.md");

        assertThat(comments.article().publisher()).contains("中国数字时代");
        assertThat(unlabelled.article().publisher()).isEmpty();
    }

    @Test
    void anArchivedRepostCreditingANewspaperAsAuthorIsThatNewspapers() {
        IngestedDocument doc = read("""
                **标题：** 《南都周刊》员工签名挽留长平 \s
                **作者：** 联合早报 \s
                **发表日期：** 2008.5.9 \s

                （广州综合讯）广州《南方周刊》副主编长平将被免职。
                """, "cdt-2024/2024-06/【404文库】联合早报｜《南都周刊》员工签名挽留长平.md");

        IngestedDocument quoting = read("""
                **来源：** [微信公众号“某号”](https://mp.weixin.qq.com/s/abc) \s

                联合早报引述路透社报道，一位学生向德国总理提问。
                """, "cdt-2024/2024-04/某号｜爱国幽默.md");

        assertThat(doc.article().publisher()).contains("联合早报");
        assertThat(quoting.article().publisher()).contains("微信公众号“某号”");
    }

    @Test
    void aUrlWithAStrayPercentSignStillNamesItsPublisher() {
        IngestedDocument doc = read("""
                [泰国旅游业或暴跌80% 感染率极低成谜](https://www.dw.com/zh/%E6%B3%B0%E5%9B%BD80%%20%E6%84%9F/a-54245640)
                ------

                <p>泰国旅游业今年的收入或将暴跌。</p>
                """, "德国之声/1047798_x.md");

        assertThat(doc.article().publisher()).contains("德国之声");
    }

    @Test
    void aLoneUpperCaseWordIsNoLatinByline() {
        IngestedDocument doc = read("""
                ### 电邮泄漏：拜登之子牵线

                BOMBSHELL

                <p>2013年12月，一封电邮显示会面的安排。</p>

                <p>KEITH BRADSHER</p>

                <p>后来的调查显示了更多细节。</p>

                END
                """, "a.md");

        assertThat(doc.article().authors()).containsExactly("KEITH BRADSHER");
        assertThat(doc.text()).contains("BOMBSHELL");
    }

    @Test
    void crawlStampIsTheLastResortAndSaysSo() {
        IngestedDocument doc = read("""
                <!--1595260509000-->
                [书评：资本战争](https://cn.ft.com/story/001088619?full=y)
                ------

                <div><p>美国和中国在经济领域的竞争仍在继续。</p></div>
                """, "金融时报/1_书评.md");

        assertThat(doc.article().published()).contains("2020-07-20");
        assertThat(doc.article().publisher()).contains("金融时报");
        assertThat(doc.warnings()).containsExactly("publication date taken from the crawl stamp");
    }

    @Test
    void aDateToldInsideASentenceIsNoPublicationDateWhenTheCrawlStampGivesOne() {
        String page = """
                <!--1594155147000-->
                [勇敢对“二选一”说不](https://cn.ft.com/story/001088442?full=y)
                ------

                <div><p>6月底，阿里巴巴与格兰仕签订合作协议。</p><p>%s</p><p>正文。</p></div>
                """;
        IngestedDocument prose = read(page.formatted("一年前，格兰仕发布声明。随后，在2019年10月28日，格兰仕提起诉讼。"), "金融时报/1.md");
        IngestedDocument ahead = read(page.formatted("该官员说，退出将于2021年7月6日生效。"), "金融时报/2.md");
        IngestedDocument opening = read(page.formatted("2020年6月19日，经过两年的酝酿，草案提交审议。"), "金融时报/3.md");
        IngestedDocument labelled = read(page.formatted("CDT编者按：此文发表于2019年8月30日"), "中国数字时代/4.md");
        IngestedDocument noStamp = read(page.formatted("随后，在2019年10月28日，格兰仕提起诉讼。").replace("<!--1594155147000-->\n", ""),
                "金融时报/5.md");

        assertThat(prose.article().published()).contains("2020-07-07");
        assertThat(ahead.article().published()).contains("2020-07-07");
        assertThat(opening.article().published()).contains("2020-06-19");
        assertThat(labelled.article().published()).contains("2019-08-30");
        assertThat(noStamp.article().published()).contains("2019-10-28");
    }

    @Test
    void reporterAndEditorBylinesAtTheEnd() {
        IngestedDocument doc = read("""
                <!--1595259067000-->
                [香港立法会选举](https://www.rfa.org/mandarin/yataibaodao/gangtai/ac-07202020080912.html)
                ------

                <p>立法会选举正式接受提名。</p><p>记者 文海欣、郑日尧 责编：胡力汉 嘉远 网编：瑞哲</p>
                """, "自由亚洲电台/1.md");

        assertThat(doc.article().published()).contains("2020-07-20");
        assertThat(doc.article().authors()).containsExactly("文海欣", "郑日尧");
        assertThat(doc.article().editor()).contains("胡力汉");
        assertThat(doc.article().publisher()).contains("自由亚洲电台");
    }

    @Test
    void closingCreditLinesNameTheAuthorsAndTheEditor() {
        IngestedDocument epoch = read("### 标题\n\n<p>【大纪元2018年09月12日讯】正文。</p><p>责任编辑：林妍#</p>\n", "a.md");
        IngestedDocument reuters = read("### 标题\n\n<p>路透北京7月17日 - 正文。（完）</p><p>编译 高思佳；审校 母红</p>\n", "b.md");
        IngestedDocument rfa = read("### 标题\n\n<p>正文。</p><p>自由亚洲电台记者 夏小华 台北报导 责编 许书婷 梒青 网编 瑞哲</p>\n", "c.md");
        IngestedDocument prose = read("### 标题\n\n<p>正文。</p><p>记者：好的，谢谢您接受我的采访。</p>\n", "d.md");

        // The lines stay in the text, as in the annotated seeds (责任编辑：林妍, 林妍 a person there).
        assertThat(epoch.text()).isEqualTo("标题\n【大纪元2018年09月12日讯】正文。\n责任编辑：林妍");
        assertThat(epoch.article().editor()).contains("林妍");
        assertThat(reuters.article().authors()).containsExactly("高思佳");
        assertThat(reuters.article().editor()).contains("母红");
        assertThat(rfa.article().authors()).containsExactly("夏小华");
        assertThat(rfa.article().editor()).contains("许书婷");
        assertThat(prose.text()).endsWith("记者：好的，谢谢您接受我的采访。");
        assertThat(prose.article().authors()).isEmpty();
    }

    @Test
    void theFtsStandfirstOpensWithItsWriters() {
        String page = """
                <!--1595260509000-->
                [零利率环境下如何投资？](https://www.ftchinese.com/story/001088619)
                ------

                <div><p>%s：在新的低利率环境下，是否还能按照“老方法”来配置股票和债券等大类资产？</p><p>正文。</p></div>
                """;
        IngestedDocument one = read(page.formatted("伍治坚"), "金融时报/1.md");
        IngestedDocument two = read(page.formatted("程实、高欣弘"), "金融时报/2.md");
        IngestedDocument notNames = read(page.formatted("本周值得关注的数据有"), "金融时报/3.md");
        IngestedDocument elsewhere = read(page.formatted("伍治坚").replace("www.ftchinese.com", "www.rfa.org"), "自由亚洲电台/4.md");

        assertThat(one.article().authors()).containsExactly("伍治坚");
        assertThat(two.article().authors()).containsExactly("程实", "高欣弘");
        assertThat(notNames.article().authors()).isEmpty();
        assertThat(elsewhere.article().authors()).isEmpty();
        assertThat(one.text()).contains("伍治坚：在新的低利率环境下");
    }

    @Test
    void publisherFromTheDatelineWhenThereIsNoUrl() {
        IngestedDocument doc = read("### 标题\n\n<p>【大纪元2018年09月12日讯】（大纪元记者程静综合报导）正文。</p>\n", "a.md");

        assertThat(doc.article().publisher()).contains("大纪元");
        assertThat(doc.article().published()).contains("2018-09-12");
        assertThat(doc.article().authors()).containsExactly("程静");
    }

    @Test
    void aRoleWordStartingASentenceIsNoByline() {
        IngestedDocument doc = read("### 标题\n\n<p>（记者程静、李明报道）</p><p>作者认为，行动不是孤立的。</p>"
                + "<p>能不能派记者去现场，要求非常详细。</p>\n", "a.md");

        assertThat(doc.article().authors()).containsExactly("程静", "李明");
    }

    @Test
    void plainTextKeepsOneParagraphPerLineAndItsFirstLineAsTitle() {
        IngestedDocument doc = read("标题在这里\n\n第一段\n接着写。\n\n第二段 with Latin words。\n", "笔记.txt");

        assertThat(doc.source().format()).isEqualTo("text");
        assertThat(doc.text()).isEqualTo("标题在这里\n第一段接着写。\n第二段 with Latin words。");
    }

    @Test
    void navigationRowsAndMirrorFootersOfArchivedPagesGo() {
        IngestedDocument doc = read("""
                ### 标题
                ------------------------

                #### [首页](https://github.com/x/README.md) &nbsp;|&nbsp; [一键翻墙软件](https://github.com/y)

                #### [ 🎬  翻墙必看视频](https://github.com/z)

                <div><p>
                 【大纪元2020年06月02日讯】正文第一段。
                </p></div>
                <hr/>
                手机上长按并复制下列链接或二维码分享本文章：<br/>
                https://github.com/gfw-breaker/banned-news3/blob/master/pages/a.md <br/>
                原文地址（需翻墙访问）：https://www.epochtimes.com/gb/20/6/2/n12154104.htm
                """, "nsc993/n12154104.md");

        assertThat(doc.text()).isEqualTo("标题\n【大纪元2020年06月02日讯】正文第一段。");
        assertThat(doc.article().url()).contains("https://www.epochtimes.com/gb/20/6/2/n12154104.htm");
        assertThat(doc.article().published()).contains("2020-06-02");
    }
}
