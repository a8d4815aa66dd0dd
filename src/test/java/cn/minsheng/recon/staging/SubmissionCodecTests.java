package cn.minsheng.recon.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.AmbiguousColumn;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionCodecTests {

    private static final String FILE = "报送-县卫健局.xlsx";

    @Test
    void everyKindOfValueComesBackAsItWasRead() {
        List<SubmissionSheet> sheets = List.of(
                new SubmissionSheet("长表", Layout.LONG, new SourceRef(FILE, "长表", "A3"), List.of(
                        value("长表", "D4", "B4", "C4", "1.新增城镇就业", "1", "城关镇", "东门社区", "人",
                                new Reading.Number(new BigDecimal("1200")), false),
                        value("长表", "D5", "B5", "", "1.新增城镇就业", "1", "城关镇", "", "人",
                                new Reading.Number(new BigDecimal("0.125")), true),
                        value("长表", "D6", "", "", null, null, null, null, null, new Reading.Text("待定"), false),
                        value("长表", "D7", "B7", "C7", "2.改造", "", "合计", "", "万元",
                                new Reading.FormulaWithoutValue("SUM(D4:D6)"), true),
                        value("长表", "D8", "B8", "C8", "2.改造", "", "三 阳", "", "", new Reading.Blank(), false)),
                        List.of(value("长表", "F9", "", "", "", "", "", "", "", new Reading.Number(BigDecimal.ONE),
                                false))),
                new SubmissionSheet("Sheet2", Layout.WIDE, new SourceRef(FILE, "Sheet2", ""), List.of(), List.of()));

        List<SubmissionSheet> decoded = SubmissionCodec.decode(FILE, SubmissionCodec.encode(sheets));

        assertThat(decoded).isEqualTo(sheets);
        SubmittedValue noLabel = decoded.get(0).values().get(2);
        assertThat(noLabel.label()).isEqualTo(SourceRef.none());
        assertThat(noLabel.indicatorLabel()).isNull();
    }

    @Test
    void columnsThatQualifiedForOneRoleAndHiddenSheetsComeBackAsTheyWereRead() {
        List<SubmissionSheet> sheets = List.of(
                SubmissionSheet.hidden(FILE, "2025年"),
                new SubmissionSheet("长表", Layout.LONG, new SourceRef(FILE, "长表", "A3"), List.of(), List.of(),
                        List.of(new AmbiguousColumn("数值列", "任务数", new SourceRef(FILE, "长表", "E3"), "计划数",
                                new SourceRef(FILE, "长表", "D3")))));

        List<SubmissionSheet> decoded = SubmissionCodec.decode(FILE, SubmissionCodec.encode(sheets));

        assertThat(decoded).isEqualTo(sheets);
        assertThat(decoded.get(1).ambiguities()).singleElement()
                .satisfies(a -> assertThat(a.otherCell().cell()).isEqualTo("D3"));
    }

    @Test
    void aCompletionComesBackAsACompletionBesideItsTargetAndItsTotal() {
        SourceRef label = new SourceRef(FILE, "S", "A2");
        List<SubmittedValue> written = List.of(
                new SubmittedValue(new SourceRef(FILE, "S", "C2"), label, SourceRef.none(), "x", "", "城关镇", "", "",
                        new Reading.Number(BigDecimal.TEN), false, Measure.TARGET),
                new SubmittedValue(new SourceRef(FILE, "S", "D2"), label, SourceRef.none(), "x", "", "城关镇", "", "",
                        new Reading.Number(BigDecimal.ONE), false, Measure.COMPLETION),
                new SubmittedValue(new SourceRef(FILE, "S", "F2"), label, SourceRef.none(), "x", "", "合计", "", "",
                        new Reading.Number(BigDecimal.ONE), true, Measure.COMPLETION));

        List<SubmittedValue> read = SubmissionCodec.decode(FILE, SubmissionCodec.encode(List.of(sheet(written))))
                .get(0).values();

        assertThat(read).isEqualTo(written);
        assertThat(read).extracting(v -> v.measure() + " " + v.total())
                .containsExactly("TARGET false", "COMPLETION false", "COMPLETION true");
    }

    @Test
    void aNumberShownAsAPercentageComesBackAsOneAndTheSameDigitsOtherwiseDoNot() {
        SourceRef label = new SourceRef(FILE, "S", "A2");
        List<SubmittedValue> written = List.of(
                new SubmittedValue(new SourceRef(FILE, "S", "C2"), label, SourceRef.none(), "x", "", "城关镇", "", "",
                        new Reading.Number(BigDecimal.TEN, true), false, Measure.COMPLETION),
                new SubmittedValue(new SourceRef(FILE, "S", "D2"), label, SourceRef.none(), "x", "", "城关镇", "", "",
                        new Reading.Number(BigDecimal.TEN), true, Measure.COMPLETION));

        List<SubmittedValue> read = SubmissionCodec.decode(FILE, SubmissionCodec.encode(List.of(sheet(written))))
                .get(0).values();

        assertThat(read).isEqualTo(written);
        assertThat(read).extracting(v -> ((Reading.Number) v.reading()).percent()).containsExactly(true, false);
    }

    @Test
    void numbersKeepTheirValueWithoutTrailingZeros() {
        List<SubmissionSheet> sheets = List.of(sheet(List.of(
                value("S", "B2", "A2", "", "x", "", "y", "", "", new Reading.Number(new BigDecimal("12.500")), false),
                value("S", "B3", "A3", "", "x", "", "y", "", "", new Reading.Number(new BigDecimal("1E+3")), false),
                value("S", "B4", "A4", "", "x", "", "y", "", "",
                        new Reading.Number(new BigDecimal("-0.000000000000000000001")), false))));

        List<SubmittedValue> values = SubmissionCodec.decode(FILE, SubmissionCodec.encode(sheets)).get(0).values();

        assertThat(values).extracting(v -> ((Reading.Number) v.reading()).value().toString())
                .containsExactly("12.5", "1000", "-1E-21");
    }

    @Test
    void longTextsAndManyRepeatedLabelsSurvive() {
        String longText = "很长的说明".repeat(20_000); // 300 KB in UTF-8, beyond what writeUTF would take
        List<SubmittedValue> values = new ArrayList<>();
        for (int r = 0; r < 5_000; r++) {
            values.add(value("S", "D" + r, "B" + r, "", "3.农村公路提质改造", "3", "镇" + (r % 20), "村" + (r % 300),
                    "公里", new Reading.Number(BigDecimal.valueOf(r * 10L + 3, 1)), false));
        }
        values.add(value("S", "E1", "", "", longText, "", "", "", "", new Reading.Text(longText), false));
        List<SubmissionSheet> sheets = List.of(sheet(values));

        byte[] encoded = SubmissionCodec.encode(sheets);

        assertThat(SubmissionCodec.decode(FILE, encoded)).isEqualTo(sheets);
        // the labels repeated on every row are written once: far less than the rows' texts written out
        assertThat(encoded.length).isLessThan(5_000 * 60 + 2 * longText.length() * 3 + 1_000);
    }

    @Test
    void aLongSheetIsStagedDeflated() {
        List<SubmittedValue> values = new ArrayList<>();
        for (int r = 0; r < 5_000; r++) {
            values.add(value("S", "E" + (r + 2), "C" + (r + 2), "D" + (r + 2), "3.农村公路提质改造", "3",
                    "镇" + (r % 20), "村" + (r % 300), "公里", new Reading.Number(BigDecimal.valueOf(r % 40)), false));
        }

        byte[] encoded = SubmissionCodec.encode(List.of(sheet(values)));

        assertThat(SubmissionCodec.decode(FILE, encoded)).isEqualTo(List.of(sheet(values)));
        // uncompressed, a row takes about 55 bytes: its three addresses, five label numbers, its number
        assertThat(encoded.length).isLessThan(5_000 * 20);
    }

    /** Places the parser made from row and column are staged as numbers and come back as the same places. */
    @Test
    void placesHeldAsNumbersComeBackAsTheSamePlaces() {
        SubmittedValue value = new SubmittedValue(SourceRef.of(FILE, "S", 11, 27), SourceRef.of(FILE, "S", 11, 1),
                SourceRef.of(FILE, "S", 2, 0), "13.改造农村公路", "13", "白沙镇", "青山村", "公里",
                new Reading.Number(BigDecimal.ONE), false);
        SubmittedValue stray = new SubmittedValue(SourceRef.of(FILE, "S", 40, 3), SourceRef.none(), SourceRef.none(),
                "", "", "", "", "", new Reading.Text("备注"), false);
        List<SubmissionSheet> sheets = List.of(sheet(List.of(value, stray)));

        List<SubmittedValue> back = SubmissionCodec.decode(FILE, SubmissionCodec.encode(sheets)).get(0).values();

        assertThat(back).isEqualTo(List.of(value, stray));
        assertThat(back.get(0).source().cell()).isEqualTo("AB12");
        assertThat(back.get(0).unit().cell()).isEqualTo("A3");
        assertThat(back.get(1).label()).isEqualTo(SourceRef.none());
    }

    /**
     * What the earlier release staged: version 1, not deflated, every place written as its address — built here
     * field by field as that release's codec wrote it.
     */
    @Test
    void aBlockStagedUncompressedByTheEarlierReleaseIsStillRead() throws Exception {
        List<SubmissionSheet> sheets = List.of(sheet(List.of(value("S", "C3", "A3", "B3", "1.新建公办幼儿园", "1",
                "城关镇", "", "所", new Reading.Number(BigDecimal.valueOf(2)), false))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream earlier = new DataOutputStream(bytes);
        earlier.writeInt(1); // version
        earlier.writeInt(1); // sheets
        for (String text : List.of("S", "LONG", "A1")) {
            newText(earlier, text);
        }
        earlier.writeInt(1); // values
        for (String cell : List.of("C3", "A3", "B3")) {
            raw(earlier, cell);
        }
        for (String text : List.of("1.新建公办幼儿园", "1", "城关镇", "", "所")) {
            newText(earlier, text);
        }
        earlier.writeByte(0); // not a total
        earlier.writeByte(1); // a number
        raw(earlier, "2");
        earlier.writeInt(0); // unplaced

        assertThat(SubmissionCodec.decode(FILE, bytes.toByteArray())).isEqualTo(sheets);
        assertThat(ByteBuffer.wrap(SubmissionCodec.encode(sheets)).getInt()).isEqualTo(3);
    }

    private static void newText(DataOutputStream out, String text) throws IOException {
        out.writeInt(-2);
        raw(out, text);
    }

    private static void raw(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Test
    void aTruncatedOrCorruptBlockIsRefusedWithTheFileNamed() {
        byte[] encoded = SubmissionCodec.encode(List.of(sheet(List.of(value("S", "C3", "", "", "1.新建公办幼儿园",
                "1", "城关镇", "", "所", new Reading.Number(BigDecimal.valueOf(2)), false)))));
        byte[] truncated = Arrays.copyOf(encoded, encoded.length - 4);
        byte[] corrupt = encoded.clone();
        corrupt[9] ^= (byte) 0xFF;
        corrupt[10] ^= (byte) 0xFF;

        assertThatThrownBy(() -> SubmissionCodec.decode(FILE, truncated)).hasMessageContaining(FILE);
        assertThatThrownBy(() -> SubmissionCodec.decode(FILE, corrupt)).hasMessageContaining(FILE);
    }

    @Test
    void aBlockOfAnotherFormatIsRefused() {
        byte[] encoded = SubmissionCodec.encode(List.of());
        encoded[3] = 9;

        assertThatThrownBy(() -> SubmissionCodec.decode(FILE, encoded)).hasMessageContaining(FILE);
    }

    private static SubmissionSheet sheet(List<SubmittedValue> values) {
        return new SubmissionSheet("S", Layout.LONG, new SourceRef(FILE, "S", "A1"), values, List.of());
    }

    private static SubmittedValue value(String sheet, String cell, String labelCell, String unitCell,
            String indicator, String no, String township, String village, String unit, Reading reading,
            boolean total) {
        return new SubmittedValue(new SourceRef(FILE, sheet, cell),
                labelCell.isEmpty() ? SourceRef.none() : new SourceRef(FILE, sheet, labelCell),
                unitCell.isEmpty() ? SourceRef.none() : new SourceRef(FILE, sheet, unitCell),
                indicator, no, township, village, unit, reading, total);
    }
}
