package cn.minsheng.recon.domain.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which indicators a responsibility row covers: by number when the names agree, else by project, else by name. */
class ResponsibilityMatcherTests {

    private static List<String> covered(TestTables tables) {
        OfficialTables built = tables.build();
        return built.coverage().get(built.responsibilities().get(0)).stream().map(Indicator::no).toList();
    }

    private static TestTables twoProjects() {
        return new TestTables()
                .project("一", "病有所医").indicator("13", "家庭医生签约服务不少于17.14万人", "万人")
                .indicator("14", "培训乡村医生30人", "人")
                .project("二", "老有所养").indicator("15", "建设100张时光守护床位", "张")
                .indicator("16", "培训养老护理员30人", "人");
    }

    @Nested
    class AnItemRow {

        @Test
        void isMatchedByItsNumberWhenTheNamesAgree() {
            assertThat(covered(training().row("", "", "20.开展职业技能培训", "民政局", ""))).containsExactly("20");
            assertThat(covered(training().row("", "", "（8）开展职业技能培训", "人社局", ""))).containsExactly("8");
        }

        @Test
        void whoseNumberNamesAnotherIndicatorIsMatchedByName() {
            assertThat(covered(twoProjects().row("", "", "15.培训乡村医生30人", "卫健局", ""))).containsExactly("14");
        }

        @Test
        void whoseNumberNamesNoIndicatorIsMatchedByName() {
            assertThat(covered(twoProjects().row("", "", "99.培训乡村医生30人", "卫健局", ""))).containsExactly("14");
        }

        /** Two training indicators in two projects; the first is the closer to the row's words. */
        private TestTables training() {
            return new TestTables()
                    .project("一", "就业创业").indicator("8", "开展职业技能培训1650人次", "人次")
                    .project("二", "老有所养").indicator("20", "开展职业技能培训和鉴定300人次", "人次");
        }

        @Test
        void isMatchedWithinItsProjectFirst() {
            assertThat(covered(training().row("二", "老有所养", "开展职业技能培训1650人次", "民政局", "")))
                    .containsExactly("20");
        }

        @Test
        void ofAProjectWhoseNameDisagreesIsMatchedAnywhere() {
            assertThat(covered(training().row("二", "住有所居", "开展职业技能培训1650人次", "人社局", "")))
                    .containsExactly("8");
            assertThat(covered(training().row("", "", "开展职业技能培训1650人次", "人社局", ""))).containsExactly("8");
        }

        @Test
        void isMatchedToTheClosestOfSeveralSimilarNames() {
            assertThat(covered(training().row("", "", "开展职业技能培训和鉴定", "人社局", ""))).containsExactly("20");
        }

        /** Two names half alike (Dice 0.5) are taken for the same thing; see NameSimilarity.THRESHOLD. */
        @Test
        void aNameHalfAlikeIsTaken() {
            TestTables stations = new TestTables().indicator("5", "建设驿站", "个").indicator("6", "建设驿点改造工程", "个");

            assertThat(covered(new TestTables().indicator("5", "建设驿站", "个").row("", "", "建设驿点改造", "总工会", "")))
                    .containsExactly("5");
            assertThat(covered(stations.row("", "", "5.建设驿点改造", "总工会", ""))).containsExactly("5");
        }

        @Test
        void isMatchedToTheMostSimilarName() {
            assertThat(covered(twoProjects().row("", "", "培训养老护理员", "民政局", ""))).containsExactly("16");
        }

        @Test
        void likeNoNameCoversNothing() {
            assertThat(covered(twoProjects().row("", "", "改造老旧小区10个", "住建局", ""))).isEmpty();
        }
    }

    @Nested
    class AProjectRow {

        @Test
        void coversEveryIndicatorOfItsProject() {
            assertThat(covered(twoProjects().row("二", "老有所养", "", "民政局", ""))).containsExactly("15", "16");
        }

        @Test
        void withoutANumberCoversTheProjectOfItsName() {
            assertThat(covered(twoProjects().row("", "病有所医", "", "卫健局", ""))).containsExactly("13", "14");
        }

        @Test
        void whoseNumberNamesAnotherProjectCoversTheProjectOfItsName() {
            assertThat(covered(twoProjects().row("二", "病有所医", "", "卫健局", ""))).containsExactly("13", "14");
        }

        /** A project written without its name in the breakdown table is recognised by its indicators' names. */
        @Test
        void ofANamelessProjectIsRecognisedByItsIndicators() {
            TestTables tables = new TestTables().project("三", "").indicator("21", "培训乡村医生30人", "人")
                    .indicator("22", "培训乡村医生骨干10人", "人")
                    .row("三", "培训乡村医生", "", "卫健局", "");

            assertThat(covered(tables)).containsExactly("21", "22");
        }

        @Test
        void ofNoKnownProjectIsMatchedByName() {
            assertThat(covered(twoProjects().row("", "培训养老护理员", "", "民政局", ""))).containsExactly("16");
        }
    }
}
