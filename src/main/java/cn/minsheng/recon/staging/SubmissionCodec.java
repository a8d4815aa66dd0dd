package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.AmbiguousColumn;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The sheets of one submission as one compact block of bytes, staged as one row per file instead of one row per
 * value. A label is written once per file and then referred to by number: a long sheet repeats its townships,
 * villages, indicators and units on every row. Cell addresses and numbers, nearly all different, are written as
 * they are; numbers keep their digits and scale exactly.
 *
 * <p>The block after its version is deflated (fastest level, about a quarter of the size on a long sheet): H2 holds a
 * large value in pages of its own and buffers them until they are written, so the staged bytes of the files read at
 * once are on the heap for a while. Blocks of earlier releases, written into a run that stopped, are still read:
 * version 1 uncompressed, version 2 without the sheets' ambiguous columns.
 */
final class SubmissionCodec {

    private static final int VERSION = 3;
    /**
     * The bits of a value's flags byte: the sheet's own total, a number shown as a percentage, and what the value
     * states when it is no target (a completion, a rate, a note). Releases before completion was read wrote 0 or 1,
     * which reads as a target.
     */
    private static final int TOTAL = 1;
    private static final int COMPLETION = 2;
    private static final int PERCENT = 4;
    private static final int RATE = 8;
    private static final int NOTE = 16;
    private static final int WITHOUT_AMBIGUITIES = 2;
    private static final int UNCOMPRESSED = 1;
    private static final int NULL = -1;
    private static final int NEW = -2;
    /** In place of a row: the place follows as its address, as written (empty for none). */
    private static final int ADDRESS = -1;

    private SubmissionCodec() {
    }

    static byte[] encode(List<SubmissionSheet> sheets) {
        Writer writer = new Writer();
        writer.putInt(sheets.size());
        for (SubmissionSheet sheet : sheets) {
            writer.text(sheet.sheet());
            writer.text(sheet.layout().name());
            writer.text(sheet.header().cell());
            writer.values(sheet.values());
            writer.values(sheet.unplaced());
            writer.putInt(sheet.ambiguities().size());
            for (AmbiguousColumn column : sheet.ambiguities()) {
                writer.text(column.role());
                writer.text(column.read());
                writer.text(column.readCell().cell());
                writer.text(column.other());
                writer.text(column.otherCell().cell());
            }
        }
        return writer.deflated();
    }

    /** The sheets of {@code file} as {@link #encode} wrote them. */
    static List<SubmissionSheet> decode(String file, byte[] encoded) {
        ByteBuffer block = ByteBuffer.wrap(encoded);
        int version = block.getInt();
        ByteBuffer in = switch (version) {
            case VERSION, WITHOUT_AMBIGUITIES -> ByteBuffer.wrap(inflated(file, encoded, block.getInt()));
            case UNCOMPRESSED -> block;
            default -> throw new IllegalStateException("暂存数据格式版本 " + version + " 无法识别：" + file);
        };
        Reader reader = new Reader(in, file, version == UNCOMPRESSED);
        int count = in.getInt();
        List<SubmissionSheet> sheets = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            String sheet = reader.text();
            Layout layout = Layout.valueOf(reader.text());
            SourceRef header = new SourceRef(file, sheet, reader.text());
            List<SubmittedValue> values = reader.values(sheet);
            List<SubmittedValue> unplaced = reader.values(sheet);
            List<AmbiguousColumn> ambiguities = new ArrayList<>();
            for (int a = version == VERSION ? in.getInt() : 0; a > 0; a--) {
                ambiguities.add(new AmbiguousColumn(reader.text(), reader.text(),
                        new SourceRef(file, sheet, reader.text()), reader.text(), new SourceRef(file, sheet, reader.text())));
            }
            sheets.add(new SubmissionSheet(sheet, layout, header, values, unplaced, ambiguities));
        }
        return sheets;
    }

    /** The block after the version and length (8 bytes), inflated to its {@code length} bytes. */
    private static byte[] inflated(String file, byte[] encoded, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(encoded, 8, encoded.length - 8);
            byte[] out = new byte[length];
            int done = 0;
            // to the end of the deflated stream, its checksum included: a cut block fails here, not later
            while (!inflater.finished()) {
                int n = done < length ? inflater.inflate(out, done, length - done) : inflater.inflate(new byte[1]);
                if (done == length && n > 0) {
                    throw new DataFormatException("longer than its length");
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("暂存数据不完整：" + file);
                }
                done += n;
            }
            if (done != length) {
                throw new IllegalStateException("暂存数据不完整：" + file);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("暂存数据已损坏：" + file, e);
        } finally {
            inflater.end();
        }
    }

    private enum Kind { BLANK, NUMBER, TEXT, FORMULA }

    /** Writes into a growing array: no stream, no lock per byte. */
    private static final class Writer {
        private byte[] out = new byte[1 << 12];
        private int size;
        private final Map<String, Integer> seen = new HashMap<>();

        void values(List<SubmittedValue> values) {
            putInt(values.size());
            for (SubmittedValue value : values) {
                place(value.source());
                place(value.label());
                place(value.unit());
                text(value.indicatorLabel());
                text(value.indicatorNo());
                text(value.townshipLabel());
                text(value.village());
                text(value.unitText());
                Reading reading = value.reading();
                boolean percent = reading instanceof Reading.Number number && number.percent();
                putByte((value.total() ? TOTAL : 0) | measureBits(value.measure()) | (percent ? PERCENT : 0));
                if (reading instanceof Reading.Number number) {
                    putByte(Kind.NUMBER.ordinal());
                    raw(number.value().toString());
                } else if (reading instanceof Reading.Text text) {
                    putByte(Kind.TEXT.ordinal());
                    text(text.text());
                } else if (reading instanceof Reading.FormulaWithoutValue formula) {
                    putByte(Kind.FORMULA.ordinal());
                    text(formula.formula());
                } else {
                    putByte(Kind.BLANK.ordinal());
                }
            }
        }

        /**
         * A place on the value's sheet: its row and column when it is held as numbers (nearly always), else its
         * address as written. Numbers are not written as {@code A1} text only to be parsed back.
         */
        void place(SourceRef place) {
            if (place.row() >= 0) {
                putInt(place.row());
                putInt(place.column());
            } else {
                putInt(ADDRESS);
                raw(place.cell());
            }
        }

        void raw(String text) {
            if (text == null) {
                putInt(NULL);
                return;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, out, size, utf8.length);
            size += utf8.length;
        }

        void text(String text) {
            if (text == null) {
                putInt(NULL);
                return;
            }
            Integer known = seen.get(text);
            if (known != null) {
                putInt(known);
                return;
            }
            seen.put(text, seen.size());
            putInt(NEW);
            raw(text);
        }

        void putInt(int value) {
            room(4);
            out[size++] = (byte) (value >>> 24);
            out[size++] = (byte) (value >>> 16);
            out[size++] = (byte) (value >>> 8);
            out[size++] = (byte) value;
        }

        void putByte(int value) {
            room(1);
            out[size++] = (byte) value;
        }

        private void room(int bytes) {
            if (size + bytes > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + bytes));
            }
        }

        /** The version, the length of what was written, and what was written, deflated. */
        byte[] deflated() {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                deflater.setInput(out, 0, size);
                deflater.finish();
                byte[] block = new byte[8 + size / 2 + 64];
                ByteBuffer.wrap(block).putInt(VERSION).putInt(size);
                int done = 8;
                while (!deflater.finished()) {
                    if (done == block.length) {
                        block = Arrays.copyOf(block, block.length * 2);
                    }
                    done += deflater.deflate(block, done, block.length - done);
                }
                return Arrays.copyOf(block, done);
            } finally {
                deflater.end();
            }
        }
    }

    private static int measureBits(Measure measure) {
        return switch (measure) {
            case TARGET -> 0;
            case COMPLETION -> COMPLETION;
            case RATE -> RATE;
            case NOTE -> NOTE;
        };
    }

    private static Measure measure(byte flags) {
        return (flags & COMPLETION) != 0 ? Measure.COMPLETION : (flags & RATE) != 0 ? Measure.RATE
                : (flags & NOTE) != 0 ? Measure.NOTE : Measure.TARGET;
    }

    private static final class Reader {
        private final ByteBuffer in;
        private final String file;
        private final List<String> seen = new ArrayList<>();
        /** One reading per number written: the same few numbers recur down a long sheet. */
        private final Map<String, Reading> numbers = new HashMap<>();

        /** Version 1 wrote every place as its address. */
        private final boolean addressesOnly;

        Reader(ByteBuffer in, String file, boolean addressesOnly) {
            this.in = in;
            this.file = file;
            this.addressesOnly = addressesOnly;
        }

        List<SubmittedValue> values(String sheet) {
            int count = in.getInt();
            List<SubmittedValue> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                SourceRef source = place(sheet);
                SourceRef label = labelOrUnit(sheet);
                SourceRef unit = labelOrUnit(sheet);
                String indicatorLabel = text();
                String indicatorNo = text();
                String township = text();
                String village = text();
                String unitText = text();
                byte flags = in.get();
                Reading reading = switch (Kind.values()[in.get()]) {
                    case NUMBER -> number(raw(), (flags & PERCENT) != 0);
                    case TEXT -> new Reading.Text(text());
                    case FORMULA -> new Reading.FormulaWithoutValue(text());
                    case BLANK -> Reading.blank();
                };
                values.add(new SubmittedValue(source, label, unit, indicatorLabel, indicatorNo, township, village,
                        unitText, reading, (flags & TOTAL) != 0, measure(flags)));
            }
            return values;
        }

        /** The reading of a number's digits, shown as a percentage or not. */
        private Reading number(String digits, boolean percent) {
            return numbers.computeIfAbsent(percent ? "%" + digits : digits,
                    key -> new Reading.Number(Decimals.strip(new BigDecimal(digits)), percent));
        }

        /** A place on the value's own sheet, as {@link Writer#place} wrote it. */
        private SourceRef place(String sheet) {
            if (!addressesOnly) {
                int row = in.getInt();
                if (row != ADDRESS) {
                    return SourceRef.of(file, sheet, row, in.getInt());
                }
            }
            return SourceRef.parse(file, sheet, raw());
        }

        /** A label or unit cell is on the value's own sheet; none when it was written nowhere. */
        private SourceRef labelOrUnit(String sheet) {
            SourceRef place = place(sheet);
            return place.row() < 0 && place.cell().isEmpty() ? SourceRef.none() : place;
        }

        String raw() {
            int length = in.getInt();
            return length == NULL ? null : utf8(length);
        }

        private String utf8(int length) {
            byte[] utf8 = new byte[length];
            in.get(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        String text() {
            int tag = in.getInt();
            if (tag == NULL) {
                return null;
            }
            if (tag != NEW) {
                return seen.get(tag);
            }
            String text = utf8(in.getInt());
            seen.add(text);
            return text;
        }
    }
}
