package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedFormulaTests {

    @Test
    void movesRelativeReferencesOnly() {
        assertThat(SharedFormula.moved("A1+B1", 2, 0)).isEqualTo("A3+B3");
        assertThat(SharedFormula.moved("SUM($A$1:A1)*$B1+C$1", 1, 1)).isEqualTo("SUM($A$1:B2)*$B2+D$1");
    }

    @Test
    void leavesTextFunctionsAndSheetNamesAlone() {
        assertThat(SharedFormula.moved("IF(A1=\"A1\",LOG10(A1),'Q1 A1'!A1&Q1!B2)", 1, 0))
                .isEqualTo("IF(A2=\"A1\",LOG10(A2),'Q1 A1'!A2&Q1!B3)");
        assertThat(SharedFormula.moved("Table1[[#This Row],[A1]]+1.5E3", 3, 3))
                .isEqualTo("Table1[[#This Row],[A1]]+1.5E3");
    }

    @Test
    void givesAReferenceMovedOffTheSheetAsRefError() {
        assertThat(SharedFormula.moved("A2+B1", -1, 0)).isEqualTo("A1+#REF!");
    }
}
