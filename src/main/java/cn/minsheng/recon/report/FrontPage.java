package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 首页: the one printed A4 page a deputy county head reads in ten seconds. The period, how many units sent their
 * figures, the findings by severity in large type; 需要督办, the units that must correct something ranked by errors
 * then warnings, each with its 牵头领导, its most serious problem in a sentence and the date it is due back; what
 * changed since the last run; when the run judged progress, the traffic lights against the schedule
 * ({@link FrontPageLights}: a headline, the lights per unit and indicator, what is proposed for 挂牌督办), for which
 * 需要督办 and the chart give up some units and rows; and a chart of each unit's open problems, sorted, units without
 * any left out.
 *
 * <p>The chart draws from a small table to the right of the page ({@link #CHART_DATA}), outside the print area.
 */
final class FrontPage {

    static final String NAME = "首页";
    /** The row of 需要督办's header, one row lower when the page has a 序时进度 headline. */
    static final int HEADER = 6;
    /** The most units 需要督办 and the chart show; the rest are counted in a line under the list. */
    static final int MOST_UNITS = 8;
    /** The most units 需要督办 and the chart show when the 序时进度 section shares the page. */
    static final int MOST_UNITS_BESIDE_LIGHTS = 4;
    /** The first column of the chart's data. */
    static final int CHART_DATA = 8;
    static final String CHART_TITLE = "各单位待整改问题数（错误＋警告）";

    private static final int WIDTH = 7;
    /** The width of the page's columns together, in column units. */
    static final int PAGE_UNITS = 99;
    /** The height of an A4 portrait page within its margins, in points. */
    private static final double PRINTABLE = PagePlan.A4_LONG - 72 * PagePlan.TOP_BOTTOM_MARGINS;
    /** The fewest rows the chart takes, and beside the 序时进度 section. */
    private static final int CHART_ROWS = 8;
    private static final int CHART_ROWS_BESIDE_LIGHTS = 7;
    /** Our own messages quote an indicator by its number and its whole name: the page names it by number. */
    private static final Pattern QUOTED_INDICATOR = Pattern.compile("指标“([^.“”]{1,8})\\.[^”]*”");

    private final List<UnitProblems> units;
    private final Optional<FrontPageLights> lights;

    /**
     * @param units  every unit with findings, ranked ({@link UnitProblems#ranked})
     * @param lights the 序时进度 section, when the run judged progress
     */
    FrontPage(List<UnitProblems> units, Optional<FrontPageLights> lights) {
        this.units = units;
        this.lights = lights;
    }

    void write(SheetWriter sheet, RunSummary run, List<Finding> findings) {
        int header = HEADER + (lights.isPresent() ? 1 : 0);
        int most = lights.isPresent() ? MOST_UNITS_BESIDE_LIGHTS : MOST_UNITS;
        if (lights.isPresent()) {
            // wider columns for the traffic lights' counts
            sheet.widths(4, 13, 10, 6, 6, 45, 15, 2, 16, 8);
        } else {
            sheet.widths(4, 14, 10, 5, 5, 46, 15, 2, 16, 8);
        }
        Row title = sheet.row(0);
        sheet.text(title, 0, run.period().month().getYear() + "年" + run.period().month().getMonthValue() + "月 民生实事任务对账",
                sheet.styles().title());
        title.setHeightInPoints(30);
        merge(sheet, 0);
        line(sheet, 1, "对账时间 " + run.runTime().format(LedgerSheet.TIME) + "　　整改反馈截止 " + run.reply().dueText()
                + "　　" + run.reply().officeText());
        if (run.noSubmissionsFolder()) {
            line(sheet, 2, RunSummary.NO_SUBMISSIONS_FOLDER + "（报送目录中没有本期的文件夹）");
        }
        headline(sheet, 3, received(run.ledger()));
        Map<Severity, Long> counts = Severity.counts(findings);
        headline(sheet, 4, "发现问题：" + String.join("　", List.of(Severity.values()).stream()
                .map(s -> s.label() + " " + counts.getOrDefault(s, 0L) + " 条").toList()));
        lights.ifPresent(l -> headline(sheet, HEADER - 1, l.headline()));
        List<UnitProblems> open = units.stream().filter(u -> u.open() > 0).toList();
        section(sheet, header - 1, open.isEmpty() ? "需要督办：无（没有错误或警告）" : "需要督办（按错误、警告数排序）");
        int r = header;
        if (!open.isEmpty()) {
            sheet.header(r++, "序号", "单位", "牵头领导", "错误", "警告", "最主要的问题", "整改期限");
            for (int i = 0; i < open.size() && i < most; i++) {
                r = unit(sheet, r, i + 1, open.get(i), run.reply().dueText());
            }
            if (open.size() > most) {
                line(sheet, r++, "另有 " + (open.size() - most) + " 个单位有错误或警告，见「" + OverviewSheet.NAME
                        + "」。");
            }
        }
        // beside the 序时进度 section, whose headings set the parts apart, the page has no room for blank rows
        int gap = lights.isPresent() ? 0 : 1;
        r += gap;
        line(sheet, r++, changes(run.changes()));
        line(sheet, r++, "逐项明细见「" + OverviewSheet.NAME + "」「" + FindingsSheet.NAME + "」，各单位的反馈文件在 feedback 目录。");
        int chartRows = lights.isPresent() ? CHART_ROWS_BESIDE_LIGHTS : CHART_ROWS;
        if (lights.isPresent()) {
            // below the section the chart keeps its fewest rows
            double chart = open.isEmpty() ? 0 : chartRows * sheet.sheet().getDefaultRowHeightInPoints();
            r = lights.get().write(sheet, r, PRINTABLE - height(sheet, r) - chart);
        }
        int last = r;
        if (!open.isEmpty()) {
            last = chart(sheet, open, header, r + gap, chartRows, most);
        }
        sheet.printArea(WIDTH - 1, last);
        sheet.print(header);
    }

    /** 已报送 x / y 个单位: of the units expected this period, those whose figures were read. */
    static String received(List<LedgerEntry> ledger) {
        Set<String> expected = new TreeSet<>();
        Set<String> sent = new TreeSet<>();
        for (LedgerEntry entry : ledger) {
            String unit = entry.outcome().department();
            FileStatus status = entry.outcome().status();
            if (unit == null || unit.isEmpty() || status.ignored()) {
                continue;
            }
            expected.add(unit);
            if (status == FileStatus.SUBMITTED || status == FileStatus.SUPERSEDED) {
                sent.add(unit);
            }
        }
        return "已报送 " + sent.size() + " / " + expected.size() + " 个单位"
                + (sent.size() < expected.size() ? "（" + (expected.size() - sent.size()) + " 个未报送或无法读取）" : "");
    }

    private static int unit(SheetWriter sheet, int r, int rank, UnitProblems unit, String due) {
        Row row = sheet.row(r);
        var plain = sheet.styles().plain();
        sheet.number(row, 0, Optional.of(BigDecimal.valueOf(rank)), sheet.styles().centred());
        sheet.text(row, 1, unit.unit(), plain);
        sheet.text(row, 2, unit.leaders(), plain);
        sheet.number(row, 3, Optional.of(BigDecimal.valueOf(unit.count(Severity.ERROR))),
                unit.count(Severity.ERROR) > 0 ? sheet.styles().severity(Severity.ERROR) : sheet.styles().centred());
        sheet.number(row, 4, Optional.of(BigDecimal.valueOf(unit.count(Severity.WARNING))),
                unit.count(Severity.WARNING) > 0 ? sheet.styles().severity(Severity.WARNING) : sheet.styles().centred());
        sheet.text(row, 5, sentence(unit), plain);
        sheet.text(row, 6, due, sheet.styles().centred());
        sheet.fitHeight(row);
        return r + 1;
    }

    /** The unit's most serious problem in one sentence: what kind, then our message with indicators by number. */
    static String sentence(UnitProblems unit) {
        Finding worst = unit.worst();
        String message = QUOTED_INDICATOR.matcher(worst.message()).replaceAll("第$1项指标");
        int more = unit.findings().size() - 1;
        return worst.rule().title() + "：" + message + (more > 0 ? "（另有 " + more + " 个问题）" : "");
    }

    /** What changed since the last run, by unit, in a sentence. */
    static String changes(FindingChanges changes) {
        if (changes.previousRun().isEmpty()) {
            return "与上次对账相比：本期首次对账。";
        }
        return "与上次对账（" + changes.previousRun().get().format(LedgerSheet.TIME) + "）相比：新增问题 "
                + changes.added().size() + " 条" + byUnit(changes.added()) + "，已解决 " + changes.resolved().size()
                + " 条" + byUnit(changes.resolved()) + "。";
    }

    private static String byUnit(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        Map<String, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(UnitProblems::unitOf, LinkedHashMap::new, Collectors.counting()));
        return "（" + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("、")) + "）";
    }

    /**
     * The chart's data to the right of the page, the {@code most} units with the most open problems first; then
     * the chart, two rows a unit or what is left of the page, at least {@code fewest}; returns its last row.
     */
    private static int chart(SheetWriter sheet, List<UnitProblems> open, int header, int top, int fewest,
            int most) {
        List<UnitProblems> sorted = open.stream()
                .sorted(Comparator.comparingLong(UnitProblems::open).reversed())
                .limit(most).toList();
        sheet.header(header, CHART_DATA, "单位", "待整改问题");
        for (int i = 0; i < sorted.size(); i++) {
            Row row = sheet.row(header + 1 + i);
            sheet.text(row, CHART_DATA, sorted.get(i).unit(), sheet.styles().plain());
            sheet.number(row, CHART_DATA + 1, Optional.of(BigDecimal.valueOf(sorted.get(i).open())),
                    sheet.styles().plain());
        }
        int left = (int) ((PRINTABLE - height(sheet, top)) / sheet.sheet().getDefaultRowHeightInPoints());
        int last = top + Math.max(fewest, Math.min(2 * sorted.size() + 4, left)) - 1;
        new FindingsChart().draw(sheet.sheet(), CHART_TITLE, header, header + sorted.size(), CHART_DATA,
                new int[] {CHART_DATA + 1}, new CellRangeAddress(top, last, 0, WIDTH - 1));
        return last;
    }

    /** The height of the page's rows above {@code top}, in points. */
    private static double height(SheetWriter sheet, int top) {
        double used = 0;
        for (int r = 0; r < top; r++) {
            Row row = sheet.sheet().getRow(r);
            used += row == null ? sheet.sheet().getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return used;
    }

    /** A section's heading across the page. */
    static void section(SheetWriter sheet, int r, String text) {
        large(sheet, r, text, sheet.styles().section(), 24);
    }

    /** A sentence across the page, as tall as its wrapped lines. */
    static void line(SheetWriter sheet, int r, String text) {
        Row row = sheet.row(r);
        sheet.text(row, 0, text, sheet.styles().note());
        merge(sheet, r);
        row.setHeightInPoints(SheetWriter.LINE_POINTS * SheetWriter.lines(text, PAGE_UNITS));
    }

    private static void headline(SheetWriter sheet, int r, String text) {
        large(sheet, r, text, sheet.styles().headline(), 26);
    }

    /** One line of large type across the page. */
    private static void large(SheetWriter sheet, int r, String text, CellStyle style, float points) {
        Row row = sheet.row(r);
        sheet.text(row, 0, text, style);
        row.setHeightInPoints(points);
        merge(sheet, r);
    }

    private static void merge(SheetWriter sheet, int r) {
        sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 0, WIDTH - 1));
    }
}
