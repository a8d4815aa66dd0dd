package cn.minsheng.recon.domain.official;

import java.util.List;
import java.util.Optional;

/**
 * The 指标任务分解表: indicators × township targets.
 *
 * @param townships the township names as in the header, in order
 * @param indicators the indicator rows, in order
 * @param file       the workbook it was read from
 * @param sheet      the sheet it was read from
 */
public record BreakdownTable(List<String> townships, List<Indicator> indicators, String file, String sheet) {

    public BreakdownTable {
        townships = List.copyOf(townships);
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String no) {
        return indicators.stream().filter(i -> i.no().equals(no)).findFirst();
    }
}
