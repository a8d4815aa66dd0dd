package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.PlanIndicator;
import cn.minsheng.recon.sample.SubmissionLayout;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Formula;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Num;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Place;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Text;
import cn.minsheng.recon.sample.SubmissionWorkbooks.TownshipNames;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Value;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Written;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over random submissions of the sample county (seeded {@link Random}, one case per seed): every
 * layout and format, random subsets of indicators and townships, right and wrong values, blanks, {@code 待定},
 * negatives, formulas without value, unknown townships and indicator rows, duplicated rows. Each file goes through
 * the safe reader, the layout parser and the reconciler, and:
 * <ol type="a">
 *   <li>nothing is lost: {@code valuesRead == valuesReconciled + valuesUnderFinding}, {@code valuesRead} is the
 *       number of data cells the generator wrote, blanks included, and every data cell a finding names is among
 *       those under a finding;</li>
 *   <li>every finding that names a cell names one the generator wrote for that indicator (× township), and the cell,
 *       read back with POI, holds exactly what the generator put there;</li>
 *   <li>every planted defect is found with the right rule (and, for a value, at its cell); and no ERROR or WARNING
 *       is raised that was not planted — whether it names a township or not (a sum, a total, a unit, the file) —
 *       apart from the SUB_MISSING_SUBMISSION of the departments that sent nothing in the run.</li>
 * </ol>
 */
class ConservationPropertyTests {

    private static final List<String> UNKNOWN_TOWNSHIPS = List.of("荣家湾镇", "黄金乡", "月田镇", "岳坊街道");
    private static final String TITLE = "2026年3月重点民生实事目标任务分解报送表";

    private final RulesWorld world = RulesWorld.county();
    private final PlanFixture plan = world.plan;

    @TempDir
    Path dir;

    /** Seeds 1–40 (more with {@code -Dconservation.seeds=N}), and seeds that once found a bug. */
    static IntStream seeds() {
        return IntStream.concat(IntStream.rangeClosed(1, Integer.getInteger("conservation.seeds", 40)),
                IntStream.of(159, 276)).distinct();
    }

    /** A planted defect: the rule that must flag it, the indicator (empty for an unknown row), township and cell. */
    record Planted(RuleCode rule, String indicatorNo, String township, String cell) {
    }

    /** One generated file and what the generator knows about it. */
    record Case(Written written, Options options, List<String> itemNos, List<Planted> planted,
                Map<String, String> unknownSpelled, String description) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCellIsAccountedForAndEveryDefectFoundWhereItIs(int seed) throws Exception {
        Case generated = generate(new Random(seed), seed);
        Written written = generated.written();

        Reconciliation result = world.reconcile(written.file());

        SoftAssertions softly = new SoftAssertions();
        String context = generated.description() + "\nfindings:" + RulesExpect.show(result.findings());
        // (a) conservation
        FileOutcome line = RulesExpect.outcome(result, written.fileName());
        softly.assertThat(line.valuesRead()).as("(a) read = reconciled + under finding: %s%n%s", line, context)
                .isEqualTo(line.valuesReconciled() + line.valuesUnderFinding());
        int dataCells = written.values().size() + (generated.options().totals() ? written.totals().size() : 0);
        softly.assertThat(line.valuesRead()).as("(a) every data cell written is read: %s%n%s", line, context)
                .isEqualTo(dataCells);
        Set<String> cellsWritten = new HashSet<>(written.values().values());
        if (generated.options().totals()) {
            cellsWritten.addAll(written.totals().values());
        }
        long flagged = result.findings().stream().filter(f -> f.source().file().equals(written.fileName()))
                .map(f -> f.source().cell()).filter(cellsWritten::contains).distinct().count();
        softly.assertThat(line.valuesUnderFinding()).as("(a) a data cell a finding names is under a finding: %s%n%s",
                line, context).isGreaterThanOrEqualTo((int) flagged);

        // (b) cited cells
        try (InputStream in = Files.newInputStream(written.file()); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(written.sheet());
            for (Finding finding : result.findings()) {
                if (finding.source().cell().isEmpty() || !finding.source().file().equals(written.fileName())) {
                    continue;
                }
                softly.assertThat(finding.source().sheet()).as("(b) sheet of %s", RulesExpect.show(finding))
                        .isEqualTo(written.sheet());
                List<String> allowed = cellsFor(generated, finding);
                softly.assertThat(allowed).as("(b) %s names a cell written for its indicator × township%n%s",
                        RulesExpect.show(finding), context).contains(finding.source().cell());
                softly.assertThat(readBack(sheet, finding.source().cell()))
                        .as("(b) what %s holds, read back", finding.source().cell())
                        .isEqualTo(written.shown(finding.source().cell()));
            }
        }

        // (c) every planted defect found, nothing found where nothing was planted
        for (Planted planted : generated.planted()) {
            // an unknown township name is one finding per sheet, about the first indicator that uses it
            boolean anyIndicator = planted.rule() == RuleCode.SUB_UNKNOWN_TOWNSHIP;
            boolean found = result.findings().stream().anyMatch(f -> f.rule() == planted.rule()
                    && (anyIndicator || f.indicatorNo().equals(planted.indicatorNo()))
                    && (planted.township() == null || f.township().equals(planted.township()))
                    && (anyIndicator || planted.cell() == null || f.source().cell().equals(planted.cell())));
            softly.assertThat(found).as("(c) planted %s not found%n%s", planted, context).isTrue();
        }
        for (Finding finding : result.findings()) {
            if (!RulesExpect.serious(finding) || othersMissing(finding, line.department())) {
                continue;
            }
            boolean planted = generated.planted().stream().anyMatch(p -> p.rule() == finding.rule()
                    && (p.rule() == RuleCode.SUB_UNKNOWN_TOWNSHIP || p.indicatorNo().equals(finding.indicatorNo()))
                    && (p.township() == null || p.township().equals(finding.township())));
            softly.assertThat(planted).as("(c) %s was not planted%n%s", RulesExpect.show(finding), context).isTrue();
        }
        softly.assertAll();
    }

    /** A department of the county other than the file's sent nothing in this run of one file: that is no alarm. */
    private static boolean othersMissing(Finding finding, String department) {
        return finding.rule() == RuleCode.SUB_MISSING_SUBMISSION && !finding.department().equals(department);
    }

    // ---- the generator

    private Case generate(Random random, int seed) {
        SubmissionLayout layout = SubmissionLayout.values()[random.nextInt(3)];
        boolean xls = random.nextBoolean();
        TownshipNames names = TownshipNames.values()[random.nextInt(3)];
        boolean asText = random.nextInt(3) == 0;
        boolean totals = layout != SubmissionLayout.LONG && random.nextBoolean();
        Options options = Options.of(layout).withNames(names);
        if (xls) {
            options = options.withXls();
        }
        if (asText) {
            options = options.withNumbersAsText();
        }
        if (totals) {
            options = options.withTotals(random.nextBoolean());
        }

        // indicators: township allocations, and splits of a central/pending/city-wide target
        List<Integer> pool = new ArrayList<>(List.of(1, 2, 3, 6, 7, 8, 12, 5, 9, 11));
        java.util.Collections.shuffle(pool, random);
        List<Integer> chosen = pool.subList(0, 1 + random.nextInt(4));
        String department = plan.indicator(chosen.get(0)).leadUnit();

        List<String> columns = new ArrayList<>(plan.townships());
        Map<String, String> unknownSpelled = new HashMap<>();
        if (random.nextInt(4) == 0) {
            String unknown = UNKNOWN_TOWNSHIPS.get(random.nextInt(UNKNOWN_TOWNSHIPS.size()));
            columns.add(1 + random.nextInt(columns.size() - 1), unknown);
            unknownSpelled.put(unknown, SubmissionWorkbooks.spelled(unknown, names));
        }

        List<Item> items = new ArrayList<>();
        List<String> itemNos = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (int no : chosen) {
            PlanIndicator indicator = plan.indicator(no);
            boolean allocated = !indicator.townships().isEmpty();
            Item item = Item.of(String.valueOf(no), no + "." + shortName(indicator), indicator.unit());
            int index = items.size();
            BigDecimal sum = BigDecimal.ZERO;
            for (String township : columns) {
                boolean unknown = unknownSpelled.containsKey(township);
                if (!unknown && !allocated && random.nextInt(4) == 0) {
                    continue;
                }
                BigDecimal official = indicator.townships().get(township);
                Value value;
                RuleCode rule = null;
                int roll = random.nextInt(100);
                boolean longLayout = layout == SubmissionLayout.LONG;
                if (unknown) {
                    value = new Num(BigDecimal.valueOf(1 + random.nextInt(5)));
                    rule = RuleCode.SUB_UNKNOWN_TOWNSHIP;
                } else if (!allocated) {
                    value = new Num(BigDecimal.valueOf(random.nextInt(30)));
                    sum = sum.add(((Num) value).value());
                } else if (roll < 55) {
                    value = official == null ? (random.nextBoolean() ? null : new Num(BigDecimal.ZERO)) : new Num(official);
                } else if (roll < 67) {
                    BigDecimal delta = indicator.unit().equals("万人") ? new BigDecimal("0.01") : BigDecimal.ONE;
                    value = new Num(official == null ? delta.multiply(BigDecimal.valueOf(1 + random.nextInt(3)))
                            : official.add(delta));
                    rule = official == null || official.signum() == 0
                            ? (indicator.hasRateUnit() ? null : RuleCode.SUB_EXTRA_TOWNSHIP)
                            : RuleCode.SUB_VALUE_MISMATCH;
                } else if (roll < 72) {
                    value = new Num(BigDecimal.ZERO);
                    rule = official != null && official.signum() > 0 ? RuleCode.SUB_VALUE_MISMATCH : null;
                } else if (roll < 82) {
                    value = null;
                    rule = official != null && official.signum() > 0 ? RuleCode.SUB_MISSING_TOWNSHIP : null;
                } else if (roll < 89) {
                    value = new Text("待定");
                    rule = RuleCode.SUB_INVALID_VALUE;
                } else if (roll < 95 || xls) {
                    value = new Num(BigDecimal.valueOf(-1 - random.nextInt(5)));
                    rule = RuleCode.SUB_INVALID_VALUE;
                } else {
                    value = new Formula("1+1", null);
                    rule = RuleCode.SUB_FORMULA_NO_VALUE;
                }
                if (value != null) {
                    item = item.with(township, value);
                }
                if (rule != null) {
                    String reported = unknown ? unknownSpelled.get(township) : township;
                    // a long sheet has no row for a blank: the finding has no cell
                    boolean cellless = value == null && longLayout;
                    pending.add(new Pending(rule, String.valueOf(no), reported, index, township, cellless));
                }
            }
            if (!allocated) {
                BigDecimal target = switch (no) {
                    case 5 -> new BigDecimal("2800");
                    case 9 -> new BigDecimal("60");
                    default -> new BigDecimal("120");
                };
                // half of the splits are made to add up: put the rest in the first known township
                if (random.nextBoolean() && sum.compareTo(target) < 0) {
                    String first = plan.townships().get(0);
                    BigDecimal had = item.townships().get(first) instanceof Num n ? n.value() : BigDecimal.ZERO;
                    item = item.with(first, new Num(had.add(target.subtract(sum))));
                    sum = target;
                }
                if (sum.compareTo(target) != 0) {
                    pending.add(new Pending(RuleCode.SUB_SUM_MISMATCH, String.valueOf(no), null, -1, null, true));
                }
            }
            items.add(item);
            itemNos.add(String.valueOf(no));
            if (!indicator.leadUnit().equals(department)) {
                // another unit's indicator: a warning, or a note when the department is a related unit
                pending.add(new Pending(RuleCode.SUB_NOT_LEAD_UNIT, String.valueOf(no), null, -1, null, true));
            }
        }

        // a row pasted twice, one township changed in the copy
        if (random.nextInt(5) == 0) {
            int which = random.nextInt(items.size());
            Item original = items.get(which);
            PlanIndicator indicator = plan.indicator(Integer.parseInt(itemNos.get(which)));
            List<String> candidates = original.townships().entrySet().stream()
                    .filter(e -> !unknownSpelled.containsKey(e.getKey()))
                    .filter(e -> e.getValue() instanceof Num n && n.value().signum() >= 0)
                    .map(Map.Entry::getKey).toList();
            if (!indicator.townships().isEmpty() && !candidates.isEmpty()) {
                String township = candidates.get(random.nextInt(candidates.size()));
                BigDecimal before = ((Num) original.townships().get(township)).value();
                Item copy = original.with(township, new Num(before.add(BigDecimal.ONE)));
                int index = items.size();
                items.add(copy);
                itemNos.add(itemNos.get(which));
                pending.add(new Pending(RuleCode.SUB_DUPLICATE, itemNos.get(which), township, index, township, false));
                // the copy's own invalid cells are flagged again
                for (Pending p : List.copyOf(pending)) {
                    if (p.item() == which && (p.rule() == RuleCode.SUB_INVALID_VALUE
                            || p.rule() == RuleCode.SUB_FORMULA_NO_VALUE)) {
                        pending.add(new Pending(p.rule(), p.indicatorNo(), p.township(), index, p.place(), false));
                    }
                }
            }
        }

        // a row of the department's own that is no official indicator
        if (random.nextInt(5) == 0) {
            Item cleaning = Item.of(null, "农村人居环境整治村庄清洁行动", "次");
            for (String township : columns) {
                if (random.nextInt(4) > 0) {
                    cleaning = cleaning.with(township, String.valueOf(1 + random.nextInt(4)));
                }
            }
            pending.add(new Pending(RuleCode.SUB_UNKNOWN_INDICATOR, "", null, -1, null, true));
            items.add(random.nextInt(items.size() + 1), cleaning);
            int at = items.indexOf(cleaning);
            itemNos.add(at, "");
            List<Pending> shifted = new ArrayList<>();
            for (Pending p : pending) {
                shifted.add(p.item() >= at && p.rule() != RuleCode.SUB_UNKNOWN_INDICATOR
                        ? new Pending(p.rule(), p.indicatorNo(), p.township(), p.item() + 1, p.place(), p.cellless())
                        : p);
            }
            pending = shifted;
        }

        boolean declared = random.nextBoolean();
        String file = department + "报送" + seed + (xls ? ".xls" : ".xlsx");
        Report report = new Report(TITLE, declared ? department : null, declared ? "2026年3月25日" : null, columns,
                items);
        Written written = SubmissionWorkbooks.write(dir.resolve(file), report, options);
        RulesWorld.touch(written.file(), LocalDateTime.of(2026, 3, 25, 10, 0));

        List<Planted> planted = new ArrayList<>();
        for (Pending p : pending) {
            String cell = p.cellless() ? (p.rule() == RuleCode.SUB_MISSING_TOWNSHIP ? "" : null)
                    : written.values().get(new Place(p.item(), p.place(), null));
            planted.add(new Planted(p.rule(), p.indicatorNo(), p.township(), cell));
        }
        for (int i = 0; i < items.size() && totals; i++) {
            // the 合计 of negative parts is a negative number itself, where a number ≥ 0 is due
            boolean rate = !itemNos.get(i).isEmpty() && plan.indicator(Integer.parseInt(itemNos.get(i))).hasRateUnit();
            if (!itemNos.get(i).isEmpty() && !rate && numberSum(items.get(i)).signum() < 0) {
                planted.add(new Planted(RuleCode.SUB_INVALID_VALUE, itemNos.get(i), "", written.totals().get(i)));
            }
        }
        String description = "seed " + seed + ": " + layout + (xls ? " xls" : " xlsx") + " names=" + names
                + (asText ? " text" : "") + (totals ? " totals" + (options.totalFormulas() ? "(formulas)" : "") : "")
                + " dept=" + department + " items=" + itemNos + " columns=" + columns + "\nplanted=" + planted;
        return new Case(written, options, itemNos, planted, unknownSpelled, description);
    }

    private static BigDecimal numberSum(Item item) {
        return item.townships().values().stream().filter(Num.class::isInstance).map(v -> ((Num) v).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record Pending(RuleCode rule, String indicatorNo, String township, int item, String place,
                           boolean cellless) {
    }

    private static String shortName(PlanIndicator indicator) {
        return switch (indicator.no()) {
            case 1 -> "产前筛查率、新生儿疾病筛查率";
            case 2 -> "家庭教育指导“向阳花”活动";
            case 3 -> "提质升级中小学校食堂";
            case 5 -> "城镇新增就业";
            case 6 -> "职业技能培训";
            case 7 -> "家庭医生签约服务目标人群数";
            case 8 -> "培训乡村医生";
            case 9 -> "新增残疾人托养服务床位";
            case 11 -> "切坡建房地质灾害隐患治理";
            case 12 -> "建设“和美乡村”";
            default -> indicator.name();
        };
    }

    // ---- (b): which cells a finding may name

    private static List<String> cellsFor(Case generated, Finding finding) {
        Written written = generated.written();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < generated.itemNos().size(); i++) {
            if (!generated.itemNos().get(i).equals(finding.indicatorNo())) {
                continue;
            }
            if (finding.township().isEmpty()) {
                // a finding about the row: its label, unit or 合计 cell (or one of its values)
                addIfPresent(cells, written.labels().get(i));
                addIfPresent(cells, written.units().get(i));
                addIfPresent(cells, written.totals().get(i));
                for (Map.Entry<Place, String> value : written.values().entrySet()) {
                    if (value.getKey().item() == i) {
                        cells.add(value.getValue());
                    }
                }
                continue;
            }
            for (Map.Entry<Place, String> value : written.values().entrySet()) {
                Place place = value.getKey();
                if (place.item() != i || place.township() == null) {
                    continue;
                }
                String reported = generated.unknownSpelled().getOrDefault(place.township(), place.township());
                if (reported.equals(finding.township())) {
                    cells.add(value.getValue());
                }
            }
        }
        return cells;
    }

    private static void addIfPresent(List<String> cells, String cell) {
        if (cell != null) {
            cells.add(cell);
        }
    }

    /** A cell as the generator's {@code shown} tells it: plain decimal, text, {@code =formula}, or empty. */
    private static String readBack(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case STRING -> cell.getStringCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            case BLANK -> "";
            default -> cell.getCellType() == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()) : "?";
        };
    }
}
