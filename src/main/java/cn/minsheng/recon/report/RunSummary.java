package cn.minsheng.recon.report;

import cn.minsheng.recon.sheet.InputFile;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the 说明 sheet states about a run.
 *
 * @param period  the reconciled period ({@code 2026-03})
 * @param runTime when the run started
 * @param inputs  every file read, with its SHA-256
 */
public record RunSummary(String period, LocalDateTime runTime, List<InputFile> inputs) {
}
