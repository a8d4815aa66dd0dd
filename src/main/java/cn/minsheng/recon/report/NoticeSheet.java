package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 报送提醒, the notice for a unit that sent nothing we could open: why it gets it, by when and to whom it reports,
 * and exactly what it owes — every indicator it leads that is split here, with every township allocated a target and
 * that target as the official breakdown table states it; an indicator with one county-wide target (a number, or a
 * directive such as 统筹安排) is one line. The table is the official layout (indicators as rows, townships as columns)
 * when that fits an A4 page at full size, else a list of one line per indicator and township.
 */
final class NoticeSheet {

    static final String NAME = "报送提醒";

    /** What an indicator with one county-wide target says in place of a township. */
    static final String COUNTY_WIDE = "不分乡镇（统筹）";

    /** 序号, 指标, 单位, then one column per township (two characters of its name a line, or the longest target). */
    private static final int[] GRID = {4, 28, 6};
    private static final int TOWNSHIP_WIDTH = 5;
    /** 序号, 指标, 单位, 乡镇（街道）, 目标任务: an indicator's name on one line, thirty characters. */
    private static final int[] LIST = {4, 60, 8, 16, 20};
    private static final int HEADER = 3;

    private NoticeSheet() {
    }

    /**
     * @param situation why the unit gets the notice, a sentence or two
     * @param owed      the indicators it leads and is expected to report ({@code OfficialTables.owedBy})
     */
    static Sheet write(FeedbackPage page, Workbook workbook, String unit, Period period, ReplyTerms reply,
            String situation, List<Indicator> owed) {
        Sheet sheet = workbook.createSheet(NAME);
        String title = unit + "  " + period.label() + "民生实事报送提醒";
        String ask = owed.isEmpty()
                ? "官方分解表中没有由" + unit + "牵头、需要报送的指标。如有疑问，请联系" + reply.officeText() + "。"
                : "请于" + reply.dueText() + "前，按下表所列指标和乡镇（街道）报送" + period.label()
                        + "的数据（表中数字为官方分解的目标任务）。如有疑问，请联系" + reply.officeText() + "。";
        List<String> townships = townships(owed);
        int[] grid = gridWidths(owed, townships.size());
        boolean asGrid = IntStream.of(grid).sum() <= FeedbackPage.WIDTH;
        SheetWriter writer = page.open(sheet, asGrid ? grid : LIST, title, situation, ask);
        if (owed.isEmpty()) {
            FeedbackPage.print(writer, -1);
            return sheet;
        }
        if (asGrid) {
            grid(writer, owed, townships);
        } else {
            list(writer, owed);
        }
        FeedbackPage.print(writer, HEADER);
        return sheet;
    }

    /** The townships any owed indicator allocates a target to, in the table's order. */
    private static List<String> townships(List<Indicator> owed) {
        Set<String> townships = new LinkedHashSet<>();
        owed.forEach(indicator -> townships.addAll(indicator.townshipTargets().keySet()));
        return List.copyOf(townships);
    }

    private static int[] gridWidths(List<Indicator> owed, int townships) {
        int[] widths = new int[GRID.length + Math.max(1, townships)];
        System.arraycopy(GRID, 0, widths, 0, GRID.length);
        int township = Math.max(TOWNSHIP_WIDTH, owed.stream().flatMap(i -> i.townshipTargets().values().stream())
                .mapToInt(target -> Decimals.plain(target).length() + 1).max().orElse(0));
        for (int c = GRID.length; c < widths.length; c++) {
            widths[c] = township;
        }
        // one column when no indicator is split by township, wide enough for a directive
        widths[GRID.length] = townships == 0 ? 40 : widths[GRID.length];
        return widths;
    }

    /** Indicators as rows, townships as columns; a county-wide target spans the township columns. */
    private static void grid(SheetWriter writer, List<Indicator> owed, List<String> townships) {
        List<String> header = new ArrayList<>(List.of("序号", "指标", "单位"));
        header.addAll(townships.isEmpty() ? List.of("目标任务") : townships);
        writer.header(HEADER, header.toArray(String[]::new));
        int last = GRID.length + Math.max(1, townships.size()) - 1;
        int spanned = IntStream.rangeClosed(GRID.length, last).map(c -> writer.sheet().getColumnWidth(c) / 256).sum();
        int r = HEADER + 1;
        for (Indicator indicator : owed) {
            Row row = label(writer, r, indicator);
            if (indicator.allocatedByTownship()) {
                for (int t = 0; t < townships.size(); t++) {
                    writer.number(row, GRID.length + t,
                            Optional.ofNullable(indicator.townshipTargets().get(townships.get(t))),
                            writer.styles().centred());
                }
                writer.fitHeight(row);
            } else {
                for (int c = GRID.length + 1; c <= last; c++) {
                    writer.text(row, c, "", writer.styles().plain());
                }
                String target = COUNTY_WIDE + "：" + countyWide(indicator);
                writer.text(row, GRID.length, target, writer.styles().plain());
                if (last > GRID.length) {
                    writer.sheet().addMergedRegion(new CellRangeAddress(r, r, GRID.length, last));
                }
                writer.fitHeight(row);
                // the merged target's lines, which fitting the row to its unmerged cells does not count
                row.setHeightInPoints(Math.max(row.getHeightInPoints(),
                        SheetWriter.lines(target, spanned - 1) * SheetWriter.LINE_POINTS));
            }
            r++;
        }
    }

    /** One line per indicator and township owed; a county-wide target on one line. */
    private static void list(SheetWriter writer, List<Indicator> owed) {
        writer.header(HEADER, "序号", "指标", "单位", "乡镇（街道）", "目标任务");
        int r = HEADER + 1;
        for (Indicator indicator : owed) {
            if (!indicator.allocatedByTownship()) {
                Row row = label(writer, r++, indicator);
                writer.text(row, 3, COUNTY_WIDE, writer.styles().plain());
                writer.text(row, 4, countyWide(indicator), writer.styles().plain());
                writer.fitHeight(row);
                continue;
            }
            for (var target : indicator.townshipTargets().entrySet()) {
                Row row = label(writer, r++, indicator);
                writer.text(row, 3, target.getKey(), writer.styles().plain());
                writer.number(row, 4, Optional.of(target.getValue()), writer.styles().centred());
                writer.fitHeight(row);
            }
        }
    }

    /** The row's 序号, 指标 and 单位, as the breakdown table writes them. */
    private static Row label(SheetWriter writer, int r, Indicator indicator) {
        Row row = writer.row(r);
        writer.text(row, 0, indicator.no(), writer.styles().centred());
        writer.text(row, 1, indicator.name(), writer.styles().plain());
        writer.text(row, 2, indicator.unitText(), writer.styles().centred());
        return row;
    }

    /** A county-wide target as the table states it: the number across the townships or in the total, else the words. */
    static String countyWide(Indicator indicator) {
        Optional<BigDecimal> number = indicator.spanningNumber().or(indicator::total);
        if (number.isPresent()) {
            return Decimals.plain(number.get());
        }
        return indicator.directive().map(CellValue.Directive::text).orElse("")
                + indicator.headline().map(h -> "（目标" + h.phrase() + "）").orElse("");
    }
}
