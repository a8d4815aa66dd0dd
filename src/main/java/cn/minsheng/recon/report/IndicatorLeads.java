package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.util.List;
import java.util.Optional;

/**
 * What the official tables say about an indicator a progress figure is about: its label, the unit its figures are
 * in, who leads it (牵头领导, 牵头单位, as the responsibility table names them) and its place in the breakdown table.
 */
final class IndicatorLeads {

    private final OfficialTables tables;
    private final List<Indicator> indicators;

    IndicatorLeads(OfficialTables tables) {
        this.tables = tables;
        this.indicators = tables.breakdown().indicators();
    }

    /** {@code 9.完成困难残疾人家庭无障碍改造300户}, or the number alone for an indicator the table lacks. */
    String label(String no) {
        return indicator(no).map(Indicator::label).orElse(no);
    }

    /** The unit the indicator's figures are in: its working unit, else its unit column as written. */
    String unit(String no) {
        return indicator(no).map(i -> i.workingUnit().map(Unit::symbol).orElse(i.unitText())).orElse("");
    }

    /** 牵头领导; empty when the responsibility table names none. */
    String leader(String no) {
        return responsibility(no).map(ResponsibilityRow::leader).orElse("");
    }

    /** 牵头单位 as the responsibility table names it, else {@code reporter}, the unit that reported the figure. */
    String leadUnit(String no, String reporter) {
        return responsibility(no).map(ResponsibilityRow::leadUnit).filter(u -> !u.isBlank()).orElse(reporter);
    }

    /** The indicator's place in the breakdown table; after every indicator for one the table lacks. */
    int order(String no) {
        Optional<Indicator> indicator = indicator(no);
        return indicator.map(indicators::indexOf).orElse(indicators.size());
    }

    private Optional<ResponsibilityRow> responsibility(String no) {
        return indicator(no).flatMap(tables::responsibility);
    }

    private Optional<Indicator> indicator(String no) {
        return tables.breakdown().indicator(no);
    }
}
