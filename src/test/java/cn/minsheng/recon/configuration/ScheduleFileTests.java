package cn.minsheng.recon.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.minsheng.recon.domain.progress.Schedule;
import cn.minsheng.recon.domain.progress.Schedule.Milestone;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code config/schedule.csv} (SPEC §7): {@code indicator_no,month,share}, shares as 80% or 0.8. */
class ScheduleFileTests {

    private static final String HEADER = "indicator_no,month,share\n";

    private static Schedule parse(String text) {
        try {
            return ScheduleFile.parse(new StringReader(text), "config/schedule.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Milestone at(int month, String share) {
        return new Milestone(month, new BigDecimal(share));
    }

    @Nested
    class Reading {

        @Test
        void bothShareNotationsAreAccepted() {
            Schedule schedule = parse(HEADER + "13,6,50%\n13,10,1\n6,3,0.3\n");

            assertThat(schedule.milestones("13")).containsExactly(at(6, "0.5"), at(10, "1"));
            assertThat(schedule.milestones("6")).containsExactly(at(3, "0.3"));
            assertThat(schedule.share("13", 8)).isEqualByComparingTo("0.75");
            assertThat(schedule.share("5", 3)).isEqualByComparingTo("0.25");
        }

        @Test
        void fullWidthCharactersAMonthWordAndANumbersDotAreForgiven() {
            Schedule schedule = parse(HEADER + "１３．, 6月 ,８０％\n7、,12,100 %\n");

            assertThat(schedule.milestones("13")).containsExactly(at(6, "0.8"));
            assertThat(schedule.milestones("7")).containsExactly(at(12, "1"));
        }

        @Test
        void rowsComeInAnyOrder() {
            assertThat(parse(HEADER + "13,10,100%\n13,6,50%\n").milestones("13"))
                    .containsExactly(at(6, "0.5"), at(10, "1"));
        }

        @Test
        void theColumnsAreFoundByTheirHeader() {
            assertThat(parse("share,indicator_no,month\n50%,13,6\n").milestones("13")).containsExactly(at(6, "0.5"));
        }

        @Test
        void commentsAndBlankLinesAreSkipped() {
            assertThat(parse(HEADER + "# 指标13：6月过半\n\n13,6,50%\n").milestones("13")).containsExactly(at(6, "0.5"));
        }

        @Test
        void aHeaderAloneSetsNothing() {
            assertThat(parse(HEADER).share("13", 6)).isEqualByComparingTo("0.5");
        }
    }

    @Nested
    class File {

        @Test
        void anAbsentFileIsTwelfthsThroughout(@TempDir Path folder) throws IOException {
            Schedule schedule = new ScheduleFile(folder.resolve("schedule.csv")).read();

            assertThat(schedule.milestones("13")).isEmpty();
            assertThat(schedule.share("13", 3)).isEqualByComparingTo("0.25");
        }

        @Test
        void aFileSavedByExcelWithItsByteOrderMarkIsRead(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("schedule.csv");
            Files.writeString(file, "\uFEFF" + HEADER + "13,6,50%\r\n", StandardCharsets.UTF_8);

            assertThat(new ScheduleFile(file).read().milestones("13")).containsExactly(at(6, "0.5"));
        }

        @Test
        void anErrorNamesTheFileAsConfigured(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("schedule.csv");
            Files.writeString(file, HEADER + "13,13,50%\n", StandardCharsets.UTF_8);

            assertThatIllegalArgumentException().isThrownBy(() -> new ScheduleFile(file).read())
                    .withMessageStartingWith("进度计划表 " + file + " 第2行：");
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                13,6,八成     | 进度计划表 config/schedule.csv 第2行：进度“八成”不是数字：应写作 80% 或 0.8
                13,6,        | 进度计划表 config/schedule.csv 第2行：进度“”不是数字：应写作 80% 或 0.8
                13,6,80      | 进度计划表 config/schedule.csv 第2行：进度“80”大于 1：百分数请加百分号（如 80%），小数写作 0.8
                13,6,120%    | 进度计划表 config/schedule.csv 第2行：进度“120%”应在 0 到 100% 之间
                13,6,-10%    | 进度计划表 config/schedule.csv 第2行：进度“-10%”应在 0 到 100% 之间
                13,13,50%    | 进度计划表 config/schedule.csv 第2行：月份“13”应为 1 到 12 的整数
                13,0,50%     | 进度计划表 config/schedule.csv 第2行：月份“0”应为 1 到 12 的整数
                13,6.5,50%   | 进度计划表 config/schedule.csv 第2行：月份“6.5”应为 1 到 12 的整数
                13,六月,50%  | 进度计划表 config/schedule.csv 第2行：月份“六月”应为 1 到 12 的整数
                ',6,50%'     | 进度计划表 config/schedule.csv 第2行：缺少指标序号
                '13,6'       | 进度计划表 config/schedule.csv 第2行：缺少“share”一栏
                """)
        void aBadRowIsRefusedNamingTheFileTheLineAndWhatIsWrong(String row, String message) {
            assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + row + "\n"))
                    .withMessage(message);
        }

        @Test
        void theLineCountsCommentsAndBlankLines() {
            assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "# 说明\n\n13,6,八成\n"))
                    .withMessageStartingWith("进度计划表 config/schedule.csv 第4行：");
        }

        @Test
        void aMonthSetTwiceIsRefusedNamingBothLines() {
            assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "13,6,50%\n6,6,50%\n13,6,60%\n"))
                    .withMessage("进度计划表 config/schedule.csv 第4行：指标13的6月进度已在第2行设定");
        }

        @Test
        void aFallingShareIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "13,10,50%\n13,6,80%\n"))
                    .withMessage("进度计划表 config/schedule.csv 第2行：指标13在10月的进度50%低于6月的80%（累计进度不应减少）");
        }

        @Test
        void aMissingColumnIsRefusedWithTheHeaderExpected() {
            assertThatIllegalArgumentException().isThrownBy(() -> parse("indicator_no,month,进度\n13,6,50%\n"))
                    .withMessage("进度计划表 config/schedule.csv 缺少“share”列：第一行应为表头 indicator_no,month,share");
        }
    }
}
