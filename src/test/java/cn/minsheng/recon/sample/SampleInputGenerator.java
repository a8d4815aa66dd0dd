package cn.minsheng.recon.sample;

import java.nio.file.Path;

/**
 * Regenerates the shipped sample official tables: Miluo 2026 in the printed layout, as two .xlsx
 * workbooks. Run through {@code scripts/generate-sample.sh}; the argument is the output folder.
 */
public final class SampleInputGenerator {

    private SampleInputGenerator() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "input/official");
        PlanFixture plan = PlanFixture.miluo();
        OfficialWorkbooks.writeSeparate(dir, plan, OfficialLayout.PRINTED, false);
        System.out.println("wrote " + dir.resolve(OfficialWorkbooks.breakdownFileName(plan, false)));
        System.out.println("wrote " + dir.resolve(OfficialWorkbooks.responsibilityFileName(plan, false)));
    }
}
