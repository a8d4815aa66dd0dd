package cn.minsheng.recon.configuration;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.progress.Schedule;
import cn.minsheng.recon.domain.progress.Schedule.Milestone;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The office's schedule milestones, {@code config/schedule.csv} (SPEC §7): a UTF-8 CSV (BOM allowed, {@code #}
 * comments) with the header {@code indicator_no,month,share} and one milestone a row — {@code 13,6,50%}: half of
 * indicator 13's target due by the end of June. A share is written {@code 80%} or {@code 0.8}. Read at the start of
 * each run, so that an edit counts from the next run on; an absent file is m/12 for every indicator.
 *
 * @param path the file ({@code recon.schedule-file})
 */
public record ScheduleFile(Path path) {

    /** The columns; their names are the header. */
    enum Column {
        indicator_no, month, share
    }

    /** One milestone with the line it was written on. */
    private record Line(int number, String indicatorNo, Milestone milestone) {
    }

    /**
     * The schedule the file sets; m/12 throughout when there is no file.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for a row that cannot be a milestone: in Chinese, naming the file, the line
     *                                  and what is wrong
     */
    public Schedule read() throws IOException {
        if (Files.notExists(path)) {
            return Schedule.linear();
        }
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setPath(path).get(),
                StandardCharsets.UTF_8)) {
            return parse(reader, path.toString());
        }
    }

    /** The schedule in {@code reader}, a file called {@code name} in messages. */
    static Schedule parse(Reader reader, String name) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = AliasFiles.FORMAT.parse(reader)) {
            for (Column column : Column.values()) {
                if (!parser.getHeaderNames().contains(column.name())) {
                    throw new IllegalArgumentException("进度计划表 " + name + " 缺少“" + column.name()
                            + "”列：第一行应为表头 indicator_no,month,share");
                }
            }
            for (CSVRecord row : parser) {
                lines.add(line(row, (int) parser.getCurrentLineNumber(), name));
            }
        }
        return schedule(lines, name);
    }

    private static Line line(CSVRecord row, int number, String name) {
        String where = "进度计划表 " + name + " 第" + number + "行：";
        for (Column column : Column.values()) {
            if (!row.isSet(column.name())) {
                throw new IllegalArgumentException(where + "缺少“" + column.name() + "”一栏");
            }
        }
        String no = compact(row.get(Column.indicator_no)).replaceAll("[.、]+$", "");
        if (no.isEmpty()) {
            throw new IllegalArgumentException(where + "缺少指标序号");
        }
        return new Line(number, no, new Milestone(month(row.get(Column.month), where), share(row.get(Column.share),
                where)));
    }

    private static int month(String text, String where) {
        Optional<BigDecimal> month = NumberText.parse(text, "月");
        if (month.isEmpty() || month.get().stripTrailingZeros().scale() > 0
                || month.get().compareTo(BigDecimal.ONE) < 0 || month.get().compareTo(BigDecimal.valueOf(12)) > 0) {
            throw new IllegalArgumentException(where + "月份“" + text + "”应为 1 到 12 的整数");
        }
        return month.get().intValueExact();
    }

    /** {@code 80%} or {@code 0.8} as the fraction 0.8. */
    private static BigDecimal share(String text, String where) {
        String value = compact(text);
        boolean percent = value.endsWith("%");
        Optional<BigDecimal> number = NumberText.parse(percent ? value.substring(0, value.length() - 1) : value);
        if (number.isEmpty()) {
            throw new IllegalArgumentException(where + "进度“" + text + "”不是数字：应写作 80% 或 0.8");
        }
        if (!percent && number.get().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(where + "进度“" + text + "”大于 1：百分数请加百分号（如 80%），小数写作 0.8");
        }
        BigDecimal share = percent ? number.get().movePointLeft(2) : number.get();
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(where + "进度“" + text + "”应在 0 到 100% 之间");
        }
        return share;
    }

    /** The milestones by indicator; a month set twice, or a share falling from one month to a later one, refused. */
    private static Schedule schedule(List<Line> lines, String name) {
        Map<String, List<Line>> byIndicator = new LinkedHashMap<>();
        lines.forEach(line -> byIndicator.computeIfAbsent(line.indicatorNo(), no -> new ArrayList<>()).add(line));
        Map<String, List<Milestone>> milestones = new LinkedHashMap<>();
        byIndicator.forEach((no, set) -> {
            List<Line> byMonth = set.stream().sorted(Comparator.comparingInt(l -> l.milestone().month())).toList();
            for (int i = 1; i < byMonth.size(); i++) {
                Line earlier = byMonth.get(i - 1);
                Line later = byMonth.get(i);
                int month = later.milestone().month();
                // the sort is stable: of two rows for one month, the later line comes second
                if (month == earlier.milestone().month()) {
                    throw new IllegalArgumentException("进度计划表 " + name + " 第" + later.number() + "行：指标" + no
                            + "的" + month + "月进度已在第" + earlier.number() + "行设定");
                }
                if (later.milestone().share().compareTo(earlier.milestone().share()) < 0) {
                    throw new IllegalArgumentException("进度计划表 " + name + " 第" + later.number() + "行：指标" + no
                            + "在" + month + "月的进度" + percent(later) + "低于" + earlier.milestone().month() + "月的"
                            + percent(earlier) + "（累计进度不应减少）");
                }
            }
            milestones.put(no, byMonth.stream().map(Line::milestone).toList());
        });
        return new Schedule(milestones);
    }

    private static String percent(Line line) {
        return Decimals.plain(line.milestone().share().movePointRight(2)) + "%";
    }

    /** Half-width, without spaces: {@code １３．} is {@code 13.}, {@code ８０％} is {@code 80%}. */
    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]", "");
    }
}
