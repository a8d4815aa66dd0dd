package cn.minsheng.recon.domain.model;

import java.math.BigDecimal;
import java.util.Optional;

/** What an official target cell holds: a number, nothing, or a directive in words. */
public sealed interface CellValue permits CellValue.Number, CellValue.Blank, CellValue.Directive {

    record Number(BigDecimal value) implements CellValue {
    }

    record Blank() implements CellValue {
    }

    /**
     * Text where a number could stand ({@code 由市人社局统筹安排}).
     *
     * @param text     the text as written
     * @param kind     its class
     * @param standard the minimums, for a STANDARD directive
     * @param stated   a quantity the text states in the indicator's unit family ({@code 全市完成550户})
     */
    record Directive(String text, DirectiveKind kind, Optional<Standard> standard, Optional<Quantity> stated)
            implements CellValue {
    }

    static CellValue blank() {
        return new Blank();
    }
}
