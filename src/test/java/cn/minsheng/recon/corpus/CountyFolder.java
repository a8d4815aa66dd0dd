package cn.minsheng.recon.corpus;

import static cn.minsheng.recon.sample.SubmissionWorkbooks.num;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.text;

import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanIndicator;
import cn.minsheng.recon.sample.SampleSubmissions.Planted;
import cn.minsheng.recon.sample.SubmissionLayout;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.sample.SubmissionWorkbooks.TownshipNames;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Value;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Villages;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Written;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes one invented county's folder as {@code --input} expects it — {@code official/} and
 * {@code submissions/<period>/} — with one file per lead department in a layout that rotates through every layout
 * of SPEC §3.2 and both formats, and some defects planted, each listed as a {@link Planted} line of the answer file
 * (conventions of {@link cn.minsheng.recon.sample.SampleSubmissions}). Long files with villages are written
 * through SXSSF so that a province's corpus is written in minutes.
 */
public final class CountyFolder {

    public static final String PERIOD = "2026-03";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "2026年3月重点民生实事目标任务分解报送表";
    /** A township of no county here: its three-character stem is never one of the invented two-character ones. */
    private static final String FOREIGN_TOWNSHIP = "望城岗镇";

    /** How a department's file looks: the rotation gives every layout and format. */
    private enum Look {
        LONG_VILLAGES(SubmissionLayout.LONG, false),
        WIDE_XLSX(SubmissionLayout.WIDE, false),
        TRANSPOSED_XLS(SubmissionLayout.TRANSPOSED, true),
        WIDE_XLS(SubmissionLayout.WIDE, true),
        LONG_XLS(SubmissionLayout.LONG, true),
        TRANSPOSED_XLSX(SubmissionLayout.TRANSPOSED, false);

        private static final List<Look> ROTATION = List.of(LONG_VILLAGES, WIDE_XLSX, LONG_VILLAGES, TRANSPOSED_XLS,
                LONG_VILLAGES, WIDE_XLS, LONG_XLS, TRANSPOSED_XLSX);

        final SubmissionLayout layout;
        final boolean xls;

        Look(SubmissionLayout layout, boolean xls) {
            this.layout = layout;
            this.xls = xls;
        }

        boolean grid() {
            return layout != SubmissionLayout.LONG;
        }

        Options options() {
            return switch (this) {
                case LONG_VILLAGES -> Options.of(SubmissionLayout.LONG).withVillages();
                case WIDE_XLSX -> Options.of(SubmissionLayout.WIDE).withTotals(true);
                case TRANSPOSED_XLS -> Options.of(SubmissionLayout.TRANSPOSED).withXls().withNames(TownshipNames.SHORT)
                        .withNumbersAsText().withTotals(false);
                case WIDE_XLS -> Options.of(SubmissionLayout.WIDE).withXls().withNames(TownshipNames.SHORT_SPACED);
                case LONG_XLS -> Options.of(SubmissionLayout.LONG).withXls().withNumbersAsText();
                case TRANSPOSED_XLSX -> Options.of(SubmissionLayout.TRANSPOSED).withInstructionsFirst()
                        .withTotals(true);
            };
        }
    }

    /** What one county folder holds. */
    record Contents(String county, int files, long cells, List<Planted> planted) {
    }

    private final InventedCounty county;
    private final int index;
    private final Random random;
    private final Path submissions;
    private final List<Planted> planted = new ArrayList<>();
    private int files;
    private long cells;

    private CountyFolder(InventedCounty county, int index, Random random, Path folder) {
        this.county = county;
        this.index = index;
        this.random = random;
        this.submissions = folder.resolve("submissions").resolve(PERIOD);
    }

    /** Writes {@code county} into {@code folder}; {@code random} decides which defects go where. */
    static Contents write(InventedCounty county, int index, Random random, Path folder) {
        CountyFolder writer = new CountyFolder(county, index, random, folder);
        try {
            Files.createDirectories(writer.submissions);
            writer.official(folder.resolve("official"));
            writer.departments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Contents(county.name(), writer.files, writer.cells, List.copyOf(writer.planted));
    }

    private void official(Path folder) {
        OfficialLayout layout = index % 2 == 0 ? OfficialLayout.PRINTED : OfficialLayout.ONE_ROW_WITH_TOTAL;
        OfficialWorkbooks.writeSeparate(folder, county.plan(), layout, index % 5 == 4);
    }

    /** The defects, in the order they are handed out; each goes to its own department. */
    private enum Defect {
        VALUE_MISMATCH, MISSING_TOWNSHIP, INVALID_VALUE, TOTAL_ROW_MISMATCH, UNIT_MISMATCH, DUPLICATE,
        UNKNOWN_TOWNSHIP, EXTRA_TOWNSHIP, SUPERSEDED
    }

    private void departments() throws IOException {
        List<String> departments = county.departments();
        int silent = random.nextInt(departments.size());
        Map<String, Defect> defects = new LinkedHashMap<>();
        for (Defect defect : Defect.values()) {
            if (random.nextInt(10) < 3) {
                continue;
            }
            for (int tries = 0; tries < departments.size(); tries++) {
                int d = random.nextInt(departments.size());
                String department = departments.get(d);
                if (d != silent && !defects.containsKey(department) && fits(defect, look(d))) {
                    defects.put(department, defect);
                    break;
                }
            }
        }
        // a department with a wide sheet and no other defect also reports the silent department's first indicator
        String reporter = null;
        for (int d = 0; d < departments.size(); d++) {
            if (d != silent && look(d).layout == SubmissionLayout.WIDE && !defects.containsKey(departments.get(d))) {
                reporter = departments.get(d);
                break;
            }
        }
        for (int d = 0; d < departments.size(); d++) {
            String department = departments.get(d);
            if (d == silent) {
                plant("SUB_MISSING_SUBMISSION", department, "", "", "", "");
                continue;
            }
            PlanIndicator borrowed = department.equals(reporter)
                    ? county.indicatorsOf(departments.get(silent)).get(0) : null;
            department(department, look(d), defects.get(department), borrowed);
        }
        unreadable();
    }

    private Look look(int department) {
        return Look.ROTATION.get((department + index) % Look.ROTATION.size());
    }

    private static boolean fits(Defect defect, Look look) {
        return switch (defect) {
            case VALUE_MISMATCH, MISSING_TOWNSHIP, INVALID_VALUE -> look.grid();
            case TOTAL_ROW_MISMATCH -> look == Look.TRANSPOSED_XLS || look == Look.WIDE_XLSX
                    || look == Look.TRANSPOSED_XLSX;
            case UNIT_MISMATCH, DUPLICATE -> look.layout == SubmissionLayout.WIDE;
            case UNKNOWN_TOWNSHIP, EXTRA_TOWNSHIP -> look == Look.LONG_VILLAGES;
            case SUPERSEDED -> true;
        };
    }

    private void department(String department, Look look, Defect defect, PlanIndicator borrowed) throws IOException {
        List<PlanIndicator> own = county.indicatorsOf(department);
        List<Item> items = new ArrayList<>();
        for (PlanIndicator indicator : own) {
            items.add(item(indicator, look));
        }
        PlanIndicator first = own.get(0);
        Item target = items.get(0);
        String township = first.townships().keySet().iterator().next();
        String file = department + "2026年3月民生实事报送" + (look.xls ? ".xls" : ".xlsx");
        if (defect == Defect.SUPERSEDED) {
            String older = department + "民生实事报送（3月20日）" + (look.xls ? ".xls" : ".xlsx");
            write(older, new Report(TITLE, department, "2026年3月20日", townships(), items), look,
                    LocalDateTime.of(2026, 3, 20, 16, 40));
            plant("FILE_SUPERSEDED", department, "", "", older, "");
        }
        Item changed = target;
        Item duplicate = null;
        if (defect != null) {
            switch (defect) {
                case VALUE_MISMATCH -> changed = target.with(township, num(first.townships().get(township)
                        .add(BigDecimal.ONE).toPlainString()));
                case MISSING_TOWNSHIP -> changed = target.with(township, (Value) null);
                case INVALID_VALUE -> changed = target.with(township, text("待定"));
                case TOTAL_ROW_MISMATCH -> changed = target.withTotal(num(first.townshipSum().add(BigDecimal.TEN)
                        .toPlainString()));
                case UNIT_MISMATCH -> changed = new Item(target.number(), target.label(), "吨", target.townships(),
                        null, null);
                case DUPLICATE -> duplicate = target.with(township, num(first.townships().get(township)
                        .add(BigDecimal.ONE).toPlainString()));
                case UNKNOWN_TOWNSHIP -> changed = target.with(FOREIGN_TOWNSHIP,
                        SubmissionWorkbooks.villages("新建村", num("2")));
                case EXTRA_TOWNSHIP -> changed = target.with(unallocated(first),
                        SubmissionWorkbooks.villages(firstVillage(unallocated(first)), num("3")));
                default -> {
                }
            }
        }
        items.set(0, changed);
        if (duplicate != null) {
            items.add(duplicate);
        }
        if (borrowed != null) {
            items.add(item(borrowed, look));
        }
        Written written = write(file, new Report(TITLE, department, "2026年3月25日", townships(), items), look,
                LocalDateTime.of(2026, 3, 25, 10, random.nextInt(60)));
        String no = String.valueOf(first.no());
        if (defect != null) {
            switch (defect) {
                case VALUE_MISMATCH -> plant("SUB_VALUE_MISMATCH", department, no, township, written,
                        written.cell(changed, township));
                case MISSING_TOWNSHIP -> plant("SUB_MISSING_TOWNSHIP", department, no, township, written,
                        written.cell(changed, township));
                case INVALID_VALUE -> plant("SUB_INVALID_VALUE", department, no, township, written,
                        written.cell(changed, township));
                case TOTAL_ROW_MISMATCH -> plant("SUB_TOTAL_ROW_MISMATCH", department, no, "", written,
                        written.totalCell(changed));
                case UNIT_MISMATCH -> plant("SUB_UNIT_MISMATCH", department, no, "", written,
                        written.unitCell(changed));
                case DUPLICATE -> plant("SUB_DUPLICATE", department, no, township, written,
                        written.cell(duplicate, township));
                case UNKNOWN_TOWNSHIP -> plant("SUB_UNKNOWN_TOWNSHIP", department, no, FOREIGN_TOWNSHIP, written,
                        written.cell(changed, FOREIGN_TOWNSHIP));
                case EXTRA_TOWNSHIP -> plant("SUB_EXTRA_TOWNSHIP", department, no, unallocated(first), written,
                        written.cell(changed, unallocated(first)));
                default -> {
                }
            }
        }
        if (borrowed != null) {
            plant("SUB_NOT_LEAD_UNIT", department, String.valueOf(borrowed.no()), "", written,
                    written.labelCell(items.get(items.size() - 1)));
        }
    }

    /** The indicator with its official values: per village in a long file with villages, else per township. */
    private Item item(PlanIndicator indicator, Look look) {
        Item item = Item.of(look.layout == SubmissionLayout.WIDE ? String.valueOf(indicator.no()) : null,
                indicator.numberedName(), indicator.unit());
        if (look != Look.LONG_VILLAGES || county.villages().values().iterator().next().isEmpty()) {
            return item.withNumbers(indicator.townships());
        }
        for (Map.Entry<String, Map<String, BigDecimal>> township
                : county.villageValues().get(indicator.no()).entrySet()) {
            LinkedHashMap<String, Value> byVillage = new LinkedHashMap<>();
            township.getValue().forEach((village, value) -> byVillage.put(village, num(value.toPlainString())));
            item = item.with(township.getKey(), new Villages(byVillage));
        }
        return item;
    }

    /** The first township the indicator leaves out (there is always one). */
    private String unallocated(PlanIndicator indicator) {
        return county.plan().townships().stream().filter(t -> !indicator.townships().containsKey(t)).findFirst()
                .orElseThrow();
    }

    private String firstVillage(String township) {
        List<String> villages = county.villages().get(township);
        return villages.isEmpty() ? "新建村" : villages.get(0);
    }

    private List<String> townships() {
        return county.plan().townships();
    }

    private Written write(String file, Report report, Look look, LocalDateTime saved) {
        Path path = submissions.resolve(file);
        Written written = look == Look.LONG_VILLAGES
                ? SubmissionWorkbooks.writeStreaming(path, report, look.options())
                : SubmissionWorkbooks.write(path, report, look.options());
        touch(path, saved);
        files++;
        cells += written.shown().size();
        return written;
    }

    /** A download cut short: unreadable, and nobody's. */
    private void unreadable() throws IOException {
        Path first;
        try (var listing = Files.list(submissions)) {
            first = listing.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElse(null);
        }
        if (first == null) {
            return;
        }
        byte[] whole = Files.readAllBytes(first);
        String file = "民生实事报送表(1).xlsx";
        Files.write(submissions.resolve(file), Arrays.copyOf(whole, whole.length * 3 / 5));
        touch(submissions.resolve(file), LocalDateTime.of(2026, 3, 26, 20, 3));
        files++;
        plant("FILE_UNREADABLE", "", "", "", file, "");
    }

    private void plant(String rule, String department, String no, String township, Written written, String cell) {
        planted.add(new Planted(rule, department, no, township, written.fileName(), cell, written.shown(cell)));
    }

    private void plant(String rule, String department, String no, String township, String file, String cell) {
        planted.add(new Planted(rule, department, no, township, file, cell, ""));
    }

    private static void touch(Path file, LocalDateTime saved) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(saved.atZone(CHINA).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
