package cn.minsheng.recon.workbook;

import static cn.minsheng.recon.sample.SubmissionWorkbooks.num;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.sum;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.text;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.villages;

import cn.minsheng.recon.sample.SubmissionLayout;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.sample.SubmissionWorkbooks.TownshipNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every layout and option of the generated submissions, each with the report written in it: what the reader
 * equivalence tests write and read with both readers.
 */
final class SubmissionVariants {

    /** One submission to write: its layout, how it is written, and what. */
    record Variant(SubmissionLayout layout, int index, Options options, Report report) {
    }

    private static final List<String> THREE = List.of("归义街道", "新市街道", "三阳乡");

    private SubmissionVariants() {
    }

    /**
     * @param format        the file format's option ({@code Options::withXls}, or none for .xlsx)
     * @param cachedTotals  whether every 合计 formula holds a cached value (a BIFF8 formula always does)
     */
    static List<Variant> all(UnaryOperator<Options> format, boolean cachedTotals) {
        Item doctors = Item.of("14", "培训乡村医生", "人").with("归义街道", "2").with("新市街道", "2.5").with("三阳乡", "0.1");
        Item screening = Item.of("39", "致畸基因筛查", "人").withCityWide(num("2270"));
        Item checked = Item.of("7", "改造农村户厕", "户").with("归义街道", text("已完成")).with("三阳乡", "12")
                .withTotal(sum(cachedTotals));
        Item cached = Item.of("8", "新建村级养老服务站", "个").with("归义街道", "1").with("新市街道", "3")
                .withTotal(sum(true));
        Item rate = Item.of("1", "产前筛查率", "%").with("归义街道", "95").with("新市街道", "90");
        Report report = new Report("2026年3月报送表", "市卫健局", "2026年3月28日", THREE,
                List.of(doctors, screening, checked, cached, rate));
        Report withoutCityWide = new Report("2026年3月报送表", "市卫健局", "2026年3月28日", THREE,
                List.of(doctors, checked, cached, rate));
        Item villageItem = Item.of("21", "建设村级综合服务平台", "个")
                .with("归义街道", villages("城东社区", num("1"), "城西社区", num("2")))
                .with("三阳乡", villages("三阳村", num("1")));
        Report long_ = new Report("2026年3月报送表", "市民政局", "2026年3月28日", THREE, List.of(doctors, villageItem));

        List<Variant> all = new ArrayList<>();
        for (SubmissionLayout layout : SubmissionLayout.values()) {
            Options plain = format.apply(Options.of(layout));
            List<Options> variants = new ArrayList<>(List.of(plain, plain.withNumbersAsText(),
                    plain.withInstructionsFirst(), plain.withStray("7"),
                    plain.withUnitLine("单位：人").withoutUnitColumn()));
            if (layout != SubmissionLayout.LONG) {
                // a long sheet has no 合计
                variants.add(plain.withTotals(true));
                variants.add(plain.withTotals(false));
            }
            for (TownshipNames names : TownshipNames.values()) {
                variants.add(plain.withNames(names));
            }
            if (layout == SubmissionLayout.LONG) {
                variants.add(plain.withVillages());
            }
            for (int i = 0; i < variants.size(); i++) {
                Options options = variants.get(i);
                Report which = options.villages() ? long_ : layout == SubmissionLayout.WIDE || options.totals()
                        ? report : withoutCityWide;
                all.add(new Variant(layout, i, options, which));
            }
        }
        return all;
    }
}
