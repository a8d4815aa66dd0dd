package cn.minsheng.recon.sample;

import static cn.minsheng.recon.sample.SubmissionWorkbooks.num;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.sum;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.text;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.villages;

import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.sample.SubmissionWorkbooks.TownshipNames;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Value;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Written;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The departments' submissions of March 2026 for the Miluo sample (seed 004): what each department sends,
 * the defects planted in them, and the answer file listing those defects; and the smaller month before, February
 * 2026 ({@link #writeFebruaryTo}). Three units report cumulative completion (累计完成) in both months: 市农业农村局
 * beside each township's target, 市自然资源局 in a column of its long sheet, 市人社局 on a sheet of its own. They
 * are judged with the shipped {@code config/schedule.csv}, which makes indicator 43 (the bridges) due by the end
 * of June: 三江镇 is red in both months.
 *
 * <p>Conventions of the answer file (one line per planted defect, {@code rule,department,indicator_no,township,file,cell}):
 * <ul>
 *   <li>a finding about one value names its township and its cell — for SUB_MISSING_TOWNSHIP the blank cell,
 *       for SUB_DUPLICATE the later of the two cells;</li>
 *   <li>a finding about a whole row or column has no township and names the cell that states what is at
 *       fault: the indicator's label (SUB_UNKNOWN_INDICATOR, SUB_NOT_LEAD_UNIT, SUB_UPPER_LEVEL_REPORTED), its
 *       unit cell (SUB_UNIT_MISMATCH, SUB_UNIT_CONVERTED) or its 合计 cell (SUB_SUM_MISMATCH,
 *       SUB_TOTAL_ROW_MISMATCH, SUB_FORMULA_NO_VALUE of a 合计);</li>
 *   <li>a PRG_ finding about a township's completion names the township and its completion cell (blank for
 *       PRG_MISSING_PROGRESS); PRG_REGRESSION and PRG_SUPERVISED need the month before on record, so March has
 *       two answer files: {@code expected-findings-2026-03.csv} for March reconciled on its own and
 *       {@code expected-findings-2026-03-after-02.csv} for March reconciled after February into the same
 *       output, which adds them;</li>
 *   <li>file findings and SUB_MISSING_SUBMISSION name no indicator, township or cell;</li>
 *   <li>a value that is itself a finding (invalid, duplicated, without cached value) is not compared
 *       further, a row whose unit does not convert is not compared at all, and the values of a superseded
 *       file yield FILE_SUPERSEDED only.</li>
 * </ul>
 * Every other value is what the official tables say, and every other completion figure is on schedule (the
 * indicator as a whole too), so nothing else is found apart from the OFF_ findings of the official tables
 * themselves. The two 城市/农村 rows of indicator 19 are one indicator reported for
 * two labelled minimums, not a duplicate; the rate row of indicator 1 fills 神鼎山镇, which the official
 * table leaves blank, and rate rows are not SUB_EXTRA_TOWNSHIP.
 */
public final class SampleSubmissions {

    public static final String PERIOD = "2026-03";
    /** The month before, smaller: most units submit, one target is wrong, completion is on record for March. */
    public static final String FEBRUARY = "2026-02";
    public static final String ANSWER_HEADER = "rule,department,indicator_no,township,file,cell";
    static final String DEFAULT_FOLDER = "input/submissions/" + PERIOD;
    static final String DEFAULT_ANSWER_FILE = "src/test/resources/sample/expected-findings-" + PERIOD + ".csv";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "2026年3月重点民生实事目标任务分解报送表";
    private static final String FEBRUARY_TITLE = "2026年2月重点民生实事目标任务分解报送表";
    /** The bridges checked by the end of each month, township by township (null: blank). */
    private static final String[] FEBRUARY_BRIDGES = {
        null, "1", "2", "1", "1", "1", "2", "3", "2", "1", "1", "2", "4", "5", "1"};
    private static final String[] MARCH_BRIDGES = {
        null, "2", "3", "2", "3", "2", "3", "4", "3", "2", "2", "3", "6", "4", "2"};

    /**
     * One planted defect: a line of the answer file, plus what its cell holds ({@link Written#shown}) so tests
     * can check the cell really holds the defect.
     */
    public record Planted(String rule, String department, String indicatorNo, String township, String file,
                          String cell, String shown) {

        List<String> csvFields() {
            return List.of(rule, department, indicatorNo, township, file, cell);
        }
    }

    /**
     * The month as written: every workbook written with its cells, the ignored lock files, the planted defects
     * found when the month is reconciled on its own ({@code planted}), and those found only when the month before
     * was reconciled first into the same output ({@code afterPrevious}: PRG_REGRESSION, PRG_SUPERVISED).
     */
    public record Month(Path folder, Map<String, Written> workbooks, List<String> otherFiles, List<Planted> planted,
                        List<Planted> afterPrevious) {

        /** What a run of this month finds after a run of the month before into the same output. */
        public List<Planted> plantedAfterPrevious() {
            List<Planted> all = new ArrayList<>(planted);
            all.addAll(afterPrevious);
            return all;
        }

        public Written workbook(String file) {
            Written written = workbooks.get(file);
            if (written == null) {
                throw new IllegalArgumentException("no workbook " + file);
            }
            return written;
        }
    }

    private final PlanFixture plan = PlanFixture.miluo();
    private final Path folder;
    private final Map<String, Written> workbooks = new LinkedHashMap<>();
    private final List<String> otherFiles = new ArrayList<>();
    private final List<Planted> planted = new ArrayList<>();
    private final List<Planted> afterPrevious = new ArrayList<>();

    private SampleSubmissions(Path folder) {
        this.folder = folder;
    }

    /**
     * Writes {@code input/submissions/2026-03/} with its answer files — {@code expected-findings-2026-03.csv} for
     * March reconciled on its own, {@code expected-findings-2026-03-after-02.csv} for March reconciled after
     * February into the same output — and {@code input/submissions/2026-02/} with {@code
     * expected-findings-2026-02.csv}. Arguments override the March folder and answer file; February goes beside
     * them ({@code 2026-02} next to the March folder, the answer files named after March's with {@code 2026-02} and
     * {@code 2026-03-after-02}).
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : DEFAULT_FOLDER);
        Path answer = Path.of(args.length > 1 ? args[1] : DEFAULT_ANSWER_FILE);
        Path februaryFolder = folder.resolveSibling(FEBRUARY);
        for (Month month : List.of(writeTo(folder), writeFebruaryTo(februaryFolder))) {
            month.workbooks().keySet().forEach(file -> System.out.println("wrote " + month.folder().resolve(file)));
            month.otherFiles().forEach(file -> System.out.println("wrote " + month.folder().resolve(file)));
            if (month.folder().equals(folder)) {
                save(answer, month.planted());
                save(renamed(answer, PERIOD + "-after-02"), month.plantedAfterPrevious());
            } else {
                save(renamed(answer, FEBRUARY), month.planted());
            }
        }
    }

    /** The answer file beside {@code answer} for {@code name}: March's name with {@value #PERIOD} replaced. */
    private static Path renamed(Path answer, String name) {
        String file = answer.getFileName().toString();
        String other = file.contains(PERIOD) ? file.replace(PERIOD, name) : file.replaceFirst("(\\.csv)?$", "-" + name + ".csv");
        return answer.resolveSibling(other);
    }

    private static void save(Path answer, List<Planted> lines) throws IOException {
        Files.createDirectories(answer.toAbsolutePath().getParent());
        Files.writeString(answer, answerCsv(lines), StandardCharsets.UTF_8);
        System.out.println("wrote " + answer + " (" + lines.size() + " planted findings)");
    }

    /** Writes every file of the month into {@code folder}. */
    public static Month writeTo(Path folder) {
        SampleSubmissions month = new SampleSubmissions(folder);
        try {
            Files.createDirectories(folder);
            month.health();
            month.humanResources();
            month.agriculture();
            month.education();
            month.civilAffairs();
            month.supplyAndMarketing();
            month.naturalResources();
            month.disabledPersons();
            month.publicSecurity();
            month.medicalInsurance();
            month.tradeUnionWriteUp();
            month.unnamedWorkbook();
            month.unreadableFiles();
            month.lockFiles();
            month.missingDepartments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return month.month();
    }

    private Month month() {
        return new Month(folder, Collections.unmodifiableMap(new LinkedHashMap<>(workbooks)), List.copyOf(otherFiles),
                List.copyOf(planted), List.copyOf(afterPrevious));
    }

    /** The answer file: UTF-8, no BOM, header {@value #ANSWER_HEADER}, one line per planted defect. */
    public static String answerCsv(List<Planted> planted) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(ANSWER_HEADER.split(",")).setRecordSeparator("\n").get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Planted each : planted) {
                printer.printRecord(each.csvFields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ---- the departments

    /**
     * 市卫健局 sends a first version on the 20th and a corrected one on the 28th: the newer 填报日期 wins. The
     * newer one has a transposed decimal, a township left blank, and 民政局's 时光守护 beds.
     */
    private void health() throws IOException {
        String older = "卫健局民生实事报送（3月20日）.xlsx";
        Item draft13 = official("13", "家庭医生签约服务目标人群数", "万人", 13).with("新市街道", "0.8856");
        Item draft14 = official("14", "培训乡村医生", "人", 14);
        write(older, new Report(TITLE, "市卫健局", "2026年3月20日", townships(), List.of(draft13, draft14)),
                Options.of(SubmissionLayout.WIDE).withTotals(true), LocalDateTime.of(2026, 3, 20, 16, 42));
        plant("FILE_SUPERSEDED", "市卫健局", "", "", older, "", "");

        String newer = "2026年3月民生实事报送-市卫健局.xlsx";
        Item rate = official("1", "产前筛查率、新生儿疾病筛查率", "%", 1).with("神鼎山镇", "90");
        Item families = official("13", "家庭医生签约服务目标人群数", "万人", 13).with("白塘镇", "0.5914");
        Item doctors = official("14", "培训乡村医生", "人", 14).with("神鼎山镇", (Value) null);
        Item screening = Item.of("39", "致畸基因筛查", "人").withCityWide(num("2270"));
        Item diagnosis = Item.of("40", "产前诊断服务", "人").withCityWide(num("90"));
        Item newborns = Item.of("41", "高致死性新生儿遗传病筛查", "人").withCityWide(num("1700"));
        Item beds = Item.of("15", "建设100张“时光守护”床位", "张").withCityWide(num("100"));
        Written written = write(newer, new Report(TITLE, "汨罗市卫生健康局", "2026年3月28日", townships(),
                        List.of(rate, families, doctors, screening, diagnosis, newborns, beds)),
                Options.of(SubmissionLayout.WIDE).withTotals(true), LocalDateTime.of(2026, 3, 28, 10, 5));
        plant("SUB_VALUE_MISMATCH", "市卫健局", "13", "白塘镇", written, written.cell(families, "白塘镇"));
        plant("SUB_MISSING_TOWNSHIP", "市卫健局", "14", "神鼎山镇", written, written.cell(doctors, "神鼎山镇"));
        plant("SUB_NOT_LEAD_UNIT", "市卫健局", "15", "", written, written.labelCell(beds));
    }

    /**
     * 市人社局, townships as rows, short names, numbers typed as text, a typed 合计 row, no 填报单位 line (the
     * file name says who): 城镇新增就业 split 100 short of 6000, a 合计 of 9050 under parts of 9500, and a
     * province-arranged indicator reported anyway. A second sheet 3月完成情况, laid out the same, gives the
     * completion of its two county-wide indicators: 1580 of 6000 and 2850 of 9500 万元 by the end of March, on
     * schedule (25 %).
     */
    private void humanResources() throws IOException {
        String file = "人社局3月报表.xls";
        Item jobs = jobs(split(
                "1200", "900", "300", "300", "300", "300", "300", "300", "250", "300", "250", "300", "300", "300", "300"))
                .withCompletions(split(
                "320", "240", "80", "80", "80", "80", "80", "80", "70", "80", "70", "80", "80", "80", "80"));
        Item loans = loans().withTotal(num("9050")).withCompletions(split(
                "420", "240", "150", "180", "180", "180", "150", "180", "150", "180", "150", "180", "180", "180", "150"));
        Item training = Item.of(null, "12.职业技能培训", "人次").withNumbers(plan.indicator(12).townships());
        Item incubators = Item.of(null, "9.建设培育大学生创业孵化基地", "个").with("归义街道", "1");
        Written written = write(file, new Report("2026年3月重点民生实事任务分解表", null, null, townships(),
                        List.of(jobs, loans, training, incubators)),
                humanResourcesOptions(3), LocalDateTime.of(2026, 3, 26, 17, 30));
        plant("SUB_SUM_MISMATCH", "市人社局", "8", "", written, written.totalCell(jobs));
        plant("SUB_TOTAL_ROW_MISMATCH", "市人社局", "10", "", written, written.totalCell(loans));
        plant("SUB_UPPER_LEVEL_REPORTED", "市人社局", "9", "", written, written.labelCell(incubators));
    }

    /**
     * 市农业农村局, an instructions sheet first, its own running 序号: a 合计 formula never calculated, 高标准农田
     * in 亩, 机插机抛 in 个, a row of its own that is no official indicator, and the bridges row pasted twice.
     * Each township is merged over 目标任务 | 累计完成; the bridges have their completion (the pasted row too), 和美湘村
     * only 桃林寺镇's.
     */
    private void agriculture() throws IOException {
        String file = "农业农村局2026年3月民生实事任务分解.xlsx";
        Item villagesRow = Item.of("1", "建设“和美湘村”", "个").withNumbers(plan.indicator(17).townships())
                .withTotal(sum(false)).withCompletion("桃林寺镇", num("1"));
        Item bridges = bridges("2", MARCH_BRIDGES);
        Item farmland = Item.of("3", "高标准农田建设", "亩").withNumbers(split(
                null, null, "5000", "6000", "4000", "5000", "4000", "6000", "3000", "2000", "3000", "4000", "5000", "3000", null));
        Item rice = Item.of("4", "水稻机插机抛作业", "个").withNumbers(split(
                null, null, "1.2", "1.5", "1.3", "1.6", "1.4", "1.5", "1.2", "1", "1.1", "1.3", "1.6", "1.3", "0.5"));
        Item cleaning = Item.of("5", "农村人居环境整治村庄清洁行动", "次").withNumbers(split(
                "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4"));
        Item bridgesAgain = bridges("6", MARCH_BRIDGES).with("川山坪镇", "13");
        Written written = write(file, new Report(TITLE, "汨罗市农业农村局", "2026年3月27日", townships(),
                        List.of(villagesRow, bridges, farmland, rice, cleaning, bridgesAgain)),
                agricultureOptions(), LocalDateTime.of(2026, 3, 27, 11, 20));
        plant("SUB_FORMULA_NO_VALUE", "市农业农村局", "17", "", written, written.totalCell(villagesRow));
        plant("SUB_UNIT_CONVERTED", "市农业农村局", "44", "", written, written.unitCell(farmland));
        plant("SUB_UNIT_MISMATCH", "市农业农村局", "45", "", written, written.unitCell(rice));
        plant("SUB_UNKNOWN_INDICATOR", "市农业农村局", "", "", written, written.labelCell(cleaning));
        plant("SUB_DUPLICATE", "市农业农村局", "43", "川山坪镇", written, written.cell(bridgesAgain, "川山坪镇"));
        // the bridges are due by the end of June (config/schedule.csv): half of them by the end of March
        plantProgress("PRG_LAGGING", "市农业农村局", "43", "三江镇", written, bridges); // 2 of 9, red
        plantProgress("PRG_LAGGING", "市农业农村局", "43", "白塘镇", written, bridges); // 3 of 8, yellow
        plantProgress("PRG_OVER_TARGET", "市农业农村局", "43", "长乐镇", written, bridges); // 3 of 2
        plantProgress("PRG_MISSING_PROGRESS", "市农业农村局", "17", "白水镇", written, villagesRow); // 桃林寺镇's given
        // after February: 弼时镇 down from 5 to 4, 三江镇 red in February (1 of 9) and March
        afterPrevious.add(planted("PRG_REGRESSION", "市农业农村局", "43", "弼时镇", written,
                written.completionCell(bridges, "弼时镇")));
        afterPrevious.add(planted("PRG_SUPERVISED", "市农业农村局", "43", "三江镇", written,
                written.completionCell(bridges, "三江镇")));
    }

    /** 市教体局, .xls, city-wide targets merged across the townships: a 待定, and 妇联's 向阳花 activities. */
    private void education() throws IOException {
        String file = "市教体局-3月民生实事报送.xls";
        Item places = Item.of("5", "扩充优质普通高中公办学位", "个").withCityWide(num("210"));
        Item canteens = Item.of("6", "提质升级6所中小学校食堂", "所").withNumbers(plan.indicator(6).townships())
                .with("罗江镇", text("待定"));
        Item school = Item.of("37", "县域普通高中办学条件提质改造", "所").withCityWide(num("1"));
        Item activities = official("3", "开展60场心理健康和家庭教育指导“向阳花”活动", "场(次)", 3);
        Written written = write(file, new Report(TITLE, "市教体局", "2026年3月26日", townships(),
                        List.of(places, canteens, school, activities)),
                Options.of(SubmissionLayout.WIDE).withXls(), LocalDateTime.of(2026, 3, 26, 9, 15));
        plant("SUB_INVALID_VALUE", "市教体局", "6", "罗江镇", written, written.cell(canteens, "罗江镇"));
        plant("SUB_NOT_LEAD_UNIT", "市教体局", "3", "", written, written.labelCell(activities));
    }

    /** 市民政局, .xls, spaced short names: per-township standards, urban and rural labelled; one urban one under 770. */
    private void civilAffairs() throws IOException {
        String file = "民政局报送表2026.3.xls";
        Item urban = every("19", "城乡低保指导标准（城市）", "元/月", "790").with("归义街道", "760");
        Item rural = every("19", "城乡低保指导标准（农村）", "元/月", "540");
        Item allowances = every("20", "残疾人“两项补贴”标准", "元/月", "110");
        Item orphans = every("21", "散居和集中供养孤儿", "元/月", "1800");
        Item centre = official("47", "街道综合性养老服务中心建设", "个", 47);
        Written written = write(file, new Report(TITLE, "市民政局", "2026年3月25日", townships(),
                        List.of(urban, rural, allowances, orphans, centre)),
                Options.of(SubmissionLayout.WIDE).withXls().withNames(TownshipNames.SHORT_SPACED),
                LocalDateTime.of(2026, 3, 25, 15, 0));
        plant("SUB_BELOW_STANDARD", "市民政局", "19", "归义街道", written, written.cell(urban, "归义街道"));
    }

    /**
     * 市供销联社, one row per village: a 网点 in 桃林寺镇 (none planned), a negative count, and a township of
     * another county copied in.
     */
    private void supplyAndMarketing() throws IOException {
        String file = "供销联社报送3月.xlsx";
        Item outlets = Item.of(null, "31.流动供销服务乡村网点", "个")
                .with("归义街道", villages("城东社区", num("1"), "城西社区", num("1")))
                .with("长乐镇", villages("长乐村", num("1")))
                .with("罗江镇", villages("新华村", num("1"), "红旗村", num("1")))
                .with("屈子祠镇", villages("和平村", num("1")))
                .with("桃林寺镇", villages("向阳村", num("1")))
                .with("汨罗镇", villages("团结村", num("-2")))
                .with("古培镇", villages("光明村", num("1")))
                .with("白水镇", villages("胜利村", num("1"), "友爱村", num("1")))
                .with("川山坪镇", villages("建新村", num("1")))
                .with("弼时镇", villages("先锋村", num("1")))
                .with("荣家湾镇", villages("荣家湾村", num("1")));
        Written written = write(file, new Report(TITLE, "市供销联社", "2026年3月24日", townships(), List.of(outlets)),
                Options.of(SubmissionLayout.LONG).withVillages(), LocalDateTime.of(2026, 3, 24, 10, 40));
        plant("SUB_EXTRA_TOWNSHIP", "市供销联社", "31", "桃林寺镇", written, written.cell(outlets, "桃林寺镇"));
        plant("SUB_INVALID_VALUE", "市供销联社", "31", "汨罗镇", written, written.cell(outlets, "汨罗镇"));
        plant("SUB_UNKNOWN_TOWNSHIP", "市供销联社", "31", "荣家湾镇", written, written.cell(outlets, "荣家湾镇"));
    }

    /**
     * 市自然资源局, .xls, long, spaced short names, numbers as text: the PENDING 550户 split, adding up, with a
     * 累计完成 column — 140 done in all (on schedule), 白水镇's a note instead of a number.
     */
    private void naturalResources() {
        Item households = households(split(
                "6", "7", "14", "11", "10", "12", "11", "12", "8", "8", "10", null, "15", "8", "8"))
                .withCompletion("白水镇", text("正在推进"));
        Written written = write("自然资源局切坡建房任务分解.xls", new Report(TITLE, "市自然资源局", "2026年3月23日",
                        townships(), List.of(households)), naturalResourcesOptions(),
                LocalDateTime.of(2026, 3, 23, 14, 10));
        plantProgress("PRG_INVALID_PROGRESS", "市自然资源局", "18", "白水镇", written, households);
    }

    /** 市残联, townships as rows under a {@code 单位：人} line: the CENTRAL 200 and 168 split, adding up. */
    private void disabledPersons() {
        write("市残联民生实事报送.xlsx", new Report(TITLE, "市残联", "2026年3月27日", townships(),
                        List.of(disabledChildren(), disabledCare())),
                Options.of(SubmissionLayout.TRANSPOSED).withUnitLine("单位：人").withoutUnitColumn(),
                LocalDateTime.of(2026, 3, 27, 16, 55));
    }

    /** 市公安局, long: the CENTRAL 7处 split, adding up. */
    private void publicSecurity() {
        write("公安局智慧安防建设任务.xlsx", new Report(TITLE, "市公安局", "2026年3月20日", townships(),
                        List.of(securitySites())),
                Options.of(SubmissionLayout.LONG), LocalDateTime.of(2026, 3, 20, 9, 30));
    }

    /** 市医保局, percentages typed as text ({@code 100%}, {@code １００％}), all as planned. */
    private void medicalInsurance() {
        Item delivery = official("2", "定点医院分娩医保政策范围内费用个人“零自付”", "%", 2);
        write("医保局3月报送.xlsx", new Report(TITLE, "市医保局", "2026年3月25日", townships(), List.of(delivery)),
                Options.of(SubmissionLayout.WIDE).withNumbersAsText(), LocalDateTime.of(2026, 3, 25, 11, 45));
    }

    /** 市总工会 sends a written progress report instead of the table. */
    private void tradeUnionWriteUp() throws IOException {
        String file = "市总工会3月民生实事工作进展.xlsx";
        String[] lines = {
                "市总工会2026年3月重点民生实事工作进展情况",
                "一、工作进展",
                "培育1个省级职工子女托育托管服务点：已完成选点摸底，拟依托市工人文化宫建设，正在对接省总工会申报。",
                "二、存在问题",
                "场地改造资金尚未到位。",
                "三、下一步打算",
                "4月底前完成申报材料，6月底前完成场地改造并投入试运行。"};
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int i = 0; i < lines.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            sheet.setColumnWidth(0, 100 * 256);
            saveRaw(file, bytes(workbook), LocalDateTime.of(2026, 3, 25, 17, 20));
        }
        plant("SUB_TEMPLATE_MISMATCH", "市总工会", "", "", file, "", "");
    }

    /** A table saved under the name Excel gives a new workbook, with no 填报单位: nobody can tell whose it is. */
    private void unnamedWorkbook() {
        String file = "新建 Microsoft Excel 工作表.xlsx";
        Item lifts = Item.of("42", "更新住宅老旧电梯", "台").withCityWide(num("7"));
        write(file, new Report("住宅老旧电梯更新任务", null, null, townships(), List.of(lifts)),
                Options.of(SubmissionLayout.WIDE), LocalDateTime.of(2026, 3, 24, 8, 50));
        plant("FILE_UNKNOWN_DEPARTMENT", "", "", "", file, "", "");
    }

    /** A download cut short, and an OA system's HTML export named .xls. */
    private void unreadableFiles() throws IOException {
        String truncated = "民生实事报送表(1).xlsx";
        byte[] whole;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("2026年3月重点民生实事报送表");
            whole = bytes(workbook);
        }
        saveRaw(truncated, Arrays.copyOf(whole, whole.length * 3 / 5), LocalDateTime.of(2026, 3, 26, 20, 3));
        plant("FILE_UNREADABLE", "", "", "", truncated, "", "");

        String html = "3月份民生实事进度导出.xls";
        String page = """
                <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
                <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>民生实事进度导出</title></head>
                <body>
                <table border="1">
                <tr><td>序号</td><td>指标</td><td>单位</td><td>归义街道</td><td>新市街道</td></tr>
                <tr><td>1</td><td>城镇新增就业</td><td>人</td><td>1200</td><td>900</td></tr>
                </table>
                </body>
                </html>
                """;
        saveRaw(html, page.getBytes(StandardCharsets.UTF_8), LocalDateTime.of(2026, 3, 27, 8, 31));
        plant("FILE_UNREADABLE", "", "", "", html, "", "");
    }

    /** Lock files of an Excel and a LibreOffice still open on a clerk's machine: ignored, no finding. */
    private void lockFiles() throws IOException {
        byte[] owner = new byte[165];
        byte[] name = "zhangwei".getBytes(StandardCharsets.US_ASCII);
        owner[0] = (byte) name.length;
        System.arraycopy(name, 0, owner, 1, name.length);
        saveRaw("~$卫健局报送.xlsx", owner, LocalDateTime.of(2026, 3, 28, 10, 6));
        saveRaw(".~lock.人社局.xlsx#", "张伟,DESKTOP-3F7K2Q1/zhangw,DESKTOP-3F7K2Q1,26.03.2026 17:31,file:///C:/Users/zhangw/AppData/Roaming/LibreOffice/4;\n"
                .getBytes(StandardCharsets.UTF_8), LocalDateTime.of(2026, 3, 26, 17, 31));
    }

    /**
     * Expected (SPEC §3.2) and silent: 市妇联 (向阳花 activities by township) and 市住建局 (7 lifts city-wide, whose
     * table came in as the unnamed workbook). Not expected, so not missing: 国网汨罗供电公司, 市工信局, 市数据局,
     * 市商务粮食局 and 市水利局, whose indicators are all UPPER_LEVEL or OTHER.
     */
    private void missingDepartments() {
        plant("SUB_MISSING_SUBMISSION", "市妇联", "", "", "", "", "");
        plant("SUB_MISSING_SUBMISSION", "市住建局", "", "", "", "", "");
    }

    // ---- February: most units, one wrong target, the completion March is compared with

    /**
     * Writes every file of February into {@code folder}: 市住建局 and 市总工会 send nothing; 市卫健局 types 3 for 白水镇's 2
     * village doctors; 三江镇 has checked 1 of its 9 bridges, red against the June milestone. The rest is as the
     * official tables say, with the completion of the same three units as in March, on schedule.
     */
    public static Month writeFebruaryTo(Path folder) {
        SampleSubmissions month = new SampleSubmissions(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        month.februaryHealth();
        month.februaryHumanResources();
        month.februaryAgriculture();
        month.februaryOthers();
        month.plant("SUB_MISSING_SUBMISSION", "市住建局", "", "", "", "", "");
        month.plant("SUB_MISSING_SUBMISSION", "市总工会", "", "", "", "", "");
        return month.month();
    }

    private void februaryHealth() {
        Item rate = official("1", "产前筛查率、新生儿疾病筛查率", "%", 1);
        Item families = official("13", "家庭医生签约服务目标人群数", "万人", 13);
        Item doctors = official("14", "培训乡村医生", "人", 14).with("白水镇", "3");
        Item screening = Item.of("39", "致畸基因筛查", "人").withCityWide(num("2270"));
        Item diagnosis = Item.of("40", "产前诊断服务", "人").withCityWide(num("90"));
        Item newborns = Item.of("41", "高致死性新生儿遗传病筛查", "人").withCityWide(num("1700"));
        Written written = write("2026年2月民生实事报送-市卫健局.xlsx", new Report(FEBRUARY_TITLE, "汨罗市卫生健康局",
                        "2026年2月26日", townships(), List.of(rate, families, doctors, screening, diagnosis, newborns)),
                Options.of(SubmissionLayout.WIDE).withTotals(true), LocalDateTime.of(2026, 2, 26, 15, 40));
        plant("SUB_VALUE_MISMATCH", "市卫健局", "14", "白水镇", written, written.cell(doctors, "白水镇"));
    }

    /** 市人社局 as in March, its split adding up, with 2月完成情况: 980 of 6000 and 1900 of 9500 万元. */
    private void februaryHumanResources() {
        Item jobs = jobs(split(
                "1200", "900", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300"))
                .withCompletions(split(
                "200", "150", "50", "50", "50", "50", "50", "50", "40", "50", "40", "50", "50", "50", "50"));
        Item loans = loans().withCompletions(split(
                "280", "160", "100", "120", "120", "120", "100", "120", "100", "120", "100", "120", "120", "120", "100"));
        Item training = Item.of(null, "12.职业技能培训", "人次").withNumbers(plan.indicator(12).townships());
        write("人社局2月报表.xls", new Report("2026年2月重点民生实事任务分解表", null, null, townships(),
                List.of(jobs, loans, training)), humanResourcesOptions(2), LocalDateTime.of(2026, 2, 25, 16, 10));
    }

    /** 市农业农村局 as in March without its slips (亩 and 个 written as 万亩), the bridges' completion beside. */
    private void februaryAgriculture() {
        Item villagesRow = Item.of("1", "建设“和美湘村”", "个").withNumbers(plan.indicator(17).townships());
        Item bridges = bridges("2", FEBRUARY_BRIDGES);
        Item farmland = Item.of("3", "高标准农田建设", "万亩").withNumbers(split(
                null, null, "0.5", "0.6", "0.4", "0.5", "0.4", "0.6", "0.3", "0.2", "0.3", "0.4", "0.5", "0.3", null));
        Item rice = Item.of("4", "水稻机插机抛作业", "万亩").withNumbers(split(
                null, null, "1.2", "1.5", "1.3", "1.6", "1.4", "1.5", "1.2", "1", "1.1", "1.3", "1.6", "1.3", "0.5"));
        Written written = write("农业农村局2026年2月民生实事任务分解.xlsx", new Report(FEBRUARY_TITLE, "汨罗市农业农村局",
                        "2026年2月25日", townships(), List.of(villagesRow, bridges, farmland, rice)),
                agricultureOptions(), LocalDateTime.of(2026, 2, 25, 10, 30));
        plantProgress("PRG_LAGGING", "市农业农村局", "43", "三江镇", written, bridges); // 1 of 9, red
    }

    /** The other units that submit in February, every value as the official tables say. */
    private void februaryOthers() {
        write("市教体局-2月民生实事报送.xls", new Report(FEBRUARY_TITLE, "市教体局", "2026年2月24日", townships(), List.of(
                        Item.of("5", "扩充优质普通高中公办学位", "个").withCityWide(num("210")),
                        official("6", "提质升级6所中小学校食堂", "所", 6),
                        Item.of("37", "县域普通高中办学条件提质改造", "所").withCityWide(num("1")))),
                Options.of(SubmissionLayout.WIDE).withXls(), LocalDateTime.of(2026, 2, 24, 9, 5));
        write("民政局报送表2026.2.xls", new Report(FEBRUARY_TITLE, "市民政局", "2026年2月25日", townships(), List.of(
                        every("19", "城乡低保指导标准（城市）", "元/月", "790"),
                        every("19", "城乡低保指导标准（农村）", "元/月", "540"),
                        every("20", "残疾人“两项补贴”标准", "元/月", "110"),
                        every("21", "散居和集中供养孤儿", "元/月", "1800"),
                        official("47", "街道综合性养老服务中心建设", "个", 47))),
                Options.of(SubmissionLayout.WIDE).withXls().withNames(TownshipNames.SHORT_SPACED),
                LocalDateTime.of(2026, 2, 25, 14, 20));
        Item outlets = Item.of(null, "31.流动供销服务乡村网点", "个")
                .with("归义街道", villages("城东社区", num("1"), "城西社区", num("1")))
                .with("长乐镇", villages("长乐村", num("1")))
                .with("罗江镇", villages("新华村", num("1"), "红旗村", num("1")))
                .with("屈子祠镇", villages("和平村", num("1")))
                .with("汨罗镇", villages("团结村", num("1"), "友谊村", num("1")))
                .with("古培镇", villages("光明村", num("1")))
                .with("白水镇", villages("胜利村", num("1"), "友爱村", num("1")))
                .with("川山坪镇", villages("建新村", num("1")))
                .with("弼时镇", villages("先锋村", num("1")));
        write("供销联社报送2月.xlsx", new Report(FEBRUARY_TITLE, "市供销联社", "2026年2月24日", townships(),
                List.of(outlets)), Options.of(SubmissionLayout.LONG).withVillages(), LocalDateTime.of(2026, 2, 24, 11, 0));
        write("自然资源局切坡建房任务分解（2月）.xls", new Report(FEBRUARY_TITLE, "市自然资源局", "2026年2月23日",
                townships(), List.of(households(split(
                        "3", "4", "8", "6", "5", "7", "6", "7", "4", "4", "5", "6", "8", "4", "4")))),
                naturalResourcesOptions(), LocalDateTime.of(2026, 2, 23, 15, 30));
        write("市残联2月民生实事报送.xlsx", new Report(FEBRUARY_TITLE, "市残联", "2026年2月26日", townships(),
                        List.of(disabledChildren(), disabledCare())),
                Options.of(SubmissionLayout.TRANSPOSED).withUnitLine("单位：人").withoutUnitColumn(),
                LocalDateTime.of(2026, 2, 26, 16, 0));
        write("公安局智慧安防建设任务（2月）.xlsx", new Report(FEBRUARY_TITLE, "市公安局", "2026年2月20日", townships(),
                List.of(securitySites())), Options.of(SubmissionLayout.LONG), LocalDateTime.of(2026, 2, 20, 10, 15));
        write("医保局2月报送.xlsx", new Report(FEBRUARY_TITLE, "市医保局", "2026年2月25日", townships(),
                        List.of(official("2", "定点医院分娩医保政策范围内费用个人“零自付”", "%", 2))),
                Options.of(SubmissionLayout.WIDE).withNumbersAsText(), LocalDateTime.of(2026, 2, 25, 11, 10));
        write("市妇联2月民生实事报送.xlsx", new Report(FEBRUARY_TITLE, "市妇联", "2026年2月26日", townships(),
                        List.of(official("3", "开展60场心理健康和家庭教育指导“向阳花”活动", "场(次)", 3))),
                Options.of(SubmissionLayout.WIDE), LocalDateTime.of(2026, 2, 26, 9, 45));
    }

    // ---- what both months share

    /** The bridges as 市农业农村局 writes them: row {@code number}, the official targets, the completion given. */
    private Item bridges(String number, String... completion) {
        return Item.of(number, "农村村民自建桥梁安全隐患排查整治", "座").withNumbers(withoutZeros(plan.indicator(43)))
                .withCompletions(split(completion));
    }

    private static Options agricultureOptions() {
        return Options.of(SubmissionLayout.WIDE).withInstructionsFirst().withTotals(true).withCompletionBesideTargets();
    }

    /** 城镇新增就业 split as given. */
    private static Item jobs(Map<String, BigDecimal> split) {
        return Item.of(null, "8.城镇新增就业", "人").withNumbers(split);
    }

    /** 创业担保贷款, parts adding up to 9500 万元. */
    private Item loans() {
        return Item.of(null, "10.发放创业担保贷款", "万元").withNumbers(split(
                "1400", "800", "500", "600", "600", "600", "500", "600", "500", "600", "500", "600", "600", "600", "500"));
    }

    /** 市人社局's sheet, and the month's completion on a sheet of its own laid out the same. */
    private static Options humanResourcesOptions(int month) {
        return Options.of(SubmissionLayout.TRANSPOSED).withXls().withNames(TownshipNames.SHORT).withNumbersAsText()
                .withTotals(false).withProgressSheet(month + "月完成情况", "2026年" + month + "月重点民生实事完成情况");
    }

    /** The PENDING 550户 split, adding up, with the completion given. */
    private Item households(Map<String, BigDecimal> completion) {
        return Item.of(null, "18.切坡建房地质灾害隐患治理", "户").withNumbers(split(
                "20", "25", "50", "40", "35", "45", "40", "45", "30", "30", "35", "40", "55", "30", "30"))
                .withCompletions(completion);
    }

    private static Options naturalResourcesOptions() {
        return Options.of(SubmissionLayout.LONG).withXls().withNames(TownshipNames.SHORT_SPACED).withNumbersAsText()
                .withCompletionBesideTargets();
    }

    /** The CENTRAL 200 康复救助残疾儿童, split adding up. */
    private Item disabledChildren() {
        return Item.of(null, "22.康复救助残疾儿童", "人").withNumbers(split(
                "30", "20", "12", "12", "12", "14", "10", "14", "10", "10", "10", "12", "12", "12", "10"));
    }

    /** The CENTRAL 168 托养服务, split adding up. */
    private Item disabledCare() {
        return Item.of(null, "23.残疾人提供托养服务", "人").withNumbers(split(
                "20", "14", "10", "10", "10", "12", "10", "12", "8", "10", "10", "10", "12", "12", "8"));
    }

    /** The CENTRAL 7处 智慧安防, split adding up. */
    private Item securitySites() {
        return Item.of(null, "26.城市快速路（高架）、国省道公路、农村地区道路智慧安防建设", "处").withNumbers(split(
                "2", "1", null, null, null, "1", null, null, null, "1", "1", null, null, "1", null));
    }

    // ---- helpers

    private List<String> townships() {
        return plan.townships();
    }

    /** An item with the official township values of indicator {@code no}. */
    private Item official(String number, String label, String unit, int no) {
        return Item.of(number, label, unit).withNumbers(plan.indicator(no).townships());
    }

    /** An item with the same value in every township. */
    private Item every(String number, String label, String unit, String value) {
        Item item = Item.of(number, label, unit);
        for (String township : townships()) {
            item = item.with(township, value);
        }
        return item;
    }

    /** Values in township column order; null leaves the township blank. */
    private Map<String, BigDecimal> split(String... values) {
        if (values.length != townships().size()) {
            throw new IllegalArgumentException(values.length + " values for " + townships().size() + " townships");
        }
        Map<String, BigDecimal> byTownship = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                byTownship.put(townships().get(i), new BigDecimal(values[i]));
            }
        }
        return byTownship;
    }

    /** The official township values without the townships planned at 0, which a clerk leaves blank. */
    private static Map<String, BigDecimal> withoutZeros(PlanIndicator indicator) {
        Map<String, BigDecimal> values = new LinkedHashMap<>(indicator.townships());
        values.values().removeIf(value -> value.signum() == 0);
        return values;
    }

    private Written write(String file, Report report, Options options, LocalDateTime saved) {
        Written written = SubmissionWorkbooks.write(folder.resolve(file), report, options);
        touch(folder.resolve(file), saved);
        workbooks.put(file, written);
        return written;
    }

    private void saveRaw(String file, byte[] content, LocalDateTime saved) throws IOException {
        Files.write(folder.resolve(file), content);
        touch(folder.resolve(file), saved);
        otherFiles.add(file);
    }

    /** Modification times as the clerks saved the files (git does not keep them: 填报日期 decides what supersedes). */
    private static void touch(Path file, LocalDateTime saved) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(saved.atZone(CHINA).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void plant(String rule, String department, String indicatorNo, String township, Written written, String cell) {
        planted.add(planted(rule, department, indicatorNo, township, written, cell));
    }

    /** A finding about a township's completion figure, at its cell. */
    private void plantProgress(String rule, String department, String indicatorNo, String township, Written written,
                               Item item) {
        plant(rule, department, indicatorNo, township, written, written.completionCell(item, township));
    }

    private static Planted planted(String rule, String department, String indicatorNo, String township,
                                   Written written, String cell) {
        return new Planted(rule, department, indicatorNo, township, written.fileName(), cell, written.shown(cell));
    }

    private void plant(String rule, String department, String indicatorNo, String township, String file, String cell,
                       String shown) {
        planted.add(new Planted(rule, department, indicatorNo, township, file, cell, shown));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream stream = out) {
            workbook.write(stream);
        }
        return out.toByteArray();
    }
}
