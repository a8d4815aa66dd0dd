package cn.minsheng.recon.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A place held as a row and column is the place written as its A1 address: same address, equal, same hash. */
class SourceRefTests {

    @ParameterizedTest
    @CsvSource({"0,0,A1", "0,25,Z1", "0,26,AA1", "0,27,AB1", "11,701,ZZ12", "1048575,16383,XFD1048576"})
    void aRowAndColumnAreTheirA1Address(int row, int column, String a1) {
        SourceRef held = SourceRef.of("卫健局.xlsx", "Sheet1", row, column);
        SourceRef written = new SourceRef("卫健局.xlsx", "Sheet1", a1);

        assertThat(held.cell()).isEqualTo(a1);
        assertThat(held).isEqualTo(written).hasSameHashCodeAs(written).hasToString(written.toString());
        assertThat(written).isEqualTo(held);
        assertThat(SourceRef.parse("卫健局.xlsx", "Sheet1", a1)).isEqualTo(held).hasSameHashCodeAs(held);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "12", "A01", "a1", "A1B", "ABCD1", "A12345678", "R1C1"})
    void anAddressOfAnotherFormIsKeptAsWritten(String cell) {
        SourceRef parsed = SourceRef.parse("f.xls", "表1", cell);

        assertThat(parsed.cell()).isEqualTo(cell);
        assertThat(parsed).isEqualTo(new SourceRef("f.xls", "表1", cell));
    }

    @ParameterizedTest
    @CsvSource({"A1, 0, 0", "Z9, 8, 25", "AA10, 9, 26", "ZZZ1, 0, 18277", "A1234567, 1234566, 0",
            "XFD1048576, 1048575, 16383"})
    void anA1AddressIsHeldAsItsRowAndColumn(String cell, int row, int column) {
        SourceRef parsed = SourceRef.parse("f.xls", "表1", cell);

        assertThat(List.of(parsed.row(), parsed.column())).containsExactly(row, column);
        assertThat(parsed.cell()).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "12", "A01", "a1", "A1B", "ABCD1", "A12345678", "R1C1", "@1", "[1", "A1/", "A1:"})
    void anAddressOfAnotherFormHasNoRowOrColumn(String cell) {
        SourceRef parsed = SourceRef.parse("f.xls", "表1", cell);

        assertThat(List.of(parsed.row(), parsed.column())).containsExactly(-1, -1);
    }

    @Test
    void aPlaceNamesItsFileAndSheet() {
        SourceRef place = SourceRef.of("卫健局/3月.xlsx", "填报表", 4, 2);

        assertThat(place.file()).isEqualTo("卫健局/3月.xlsx");
        assertThat(place.sheet()).isEqualTo("填报表");
        assertThat(place.toString()).contains("卫健局/3月.xlsx", "填报表", "C5");
        assertThat(place).isNotEqualTo("卫健局/3月.xlsx / 填报表 / C5");
    }

    @Test
    void placesDifferInFileSheetOrCell() {
        SourceRef place = SourceRef.of("a.xlsx", "S", 2, 3);

        assertThat(place).isNotEqualTo(SourceRef.of("b.xlsx", "S", 2, 3))
                .isNotEqualTo(SourceRef.of("a.xlsx", "T", 2, 3))
                .isNotEqualTo(SourceRef.of("a.xlsx", "S", 3, 2))
                .isNotEqualTo(new SourceRef("a.xlsx", "S", "D4 "));
        assertThat(SourceRef.none()).isEqualTo(new SourceRef(null, null, null));
        assertThat(place.describe()).isEqualTo("a.xlsx / S / D3");
        assertThat(List.of(place.row(), place.column())).containsExactly(2, 3);
        assertThat(List.of(new SourceRef("a.xlsx", "S", "D3").row(), SourceRef.none().column())).containsExactly(-1, -1);
    }
}
