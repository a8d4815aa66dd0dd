package cn.minsheng.recon.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Rewrites the Workbook stream of a POI-written .xls into the records Excel writes and POI's usermodel never does:
 * numbers as RK, runs of numbers in a row as one MULRK, runs of blank cells as one MULBLANK, an inline LABEL, and
 * substreams other than worksheets.
 * Both readers read a workbook's records in sequence, so the stream offsets that change on the way do not matter.
 */
final class BiffRecords {

    private static final int NUMBER = 0x0203;
    private static final int BLANK = 0x0201;
    private static final int LABEL_SST = 0x00FD;
    private static final int RK = 0x027E;
    private static final int MULRK = 0x00BD;
    private static final int MULBLANK = 0x00BE;
    private static final int LABEL = 0x0204;
    private static final int BOF = 0x0809;
    private static final int EOF = 0x000A;
    private static final int BOUND_SHEET = 0x0085;
    private static final int WINDOW2 = 0x023E;

    private record Raw(int sid, byte[] data) {

        int row() {
            return u16(0);
        }

        int column() {
            return u16(2);
        }

        int style() {
            return u16(4);
        }

        int u16(int at) {
            return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
        }

        double number() {
            return ByteBuffer.wrap(data, 6, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
        }
    }

    private BiffRecords() {
    }

    /** Rewrites {@code file} in place; the LABEL of {@code label} goes into the first sheet at row 0, column 7. */
    static void rewrite(Path file, String label) throws IOException {
        replaceStream(file, stream -> rewritten(stream, label));
    }

    /** Replaces the Workbook stream of {@code file} by what {@code change} makes of it, in a new OLE2 file. */
    static void replaceStream(Path file, UnaryOperator<byte[]> change) throws IOException {
        byte[] stream;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             InputStream in = fs.getRoot().createDocumentInputStream("Workbook")) {
            stream = in.readAllBytes();
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(change.apply(stream)), "Workbook");
            try (OutputStream target = Files.newOutputStream(file)) {
                fs.writeFilesystem(target);
            }
        }
    }

    private static byte[] rewritten(byte[] stream, String label) {
        List<Raw> records = records(stream);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean labelled = false;
        for (int i = 0; i < records.size(); ) {
            Raw raw = records.get(i);
            if (!labelled && raw.sid() == LABEL_SST) {
                write(out, LABEL, label(label));
                labelled = true;
            }
            int run = run(records, i);
            if (raw.sid() == NUMBER && run > 1) {
                write(out, MULRK, multiple(records.subList(i, i + run), true));
                i += run;
            } else if (raw.sid() == BLANK && run > 1) {
                write(out, MULBLANK, multiple(records.subList(i, i + run), false));
                i += run;
            } else if (raw.sid() == NUMBER && rk(raw.number()) != null) {
                ByteBuffer rk = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
                rk.putShort((short) raw.row()).putShort((short) raw.column()).putShort((short) raw.style())
                        .putInt(rk(raw.number()));
                write(out, RK, rk.array());
                i++;
            } else {
                write(out, raw.sid(), raw.data());
                i++;
            }
        }
        return out.toByteArray();
    }

    /**
     * The stream with the substreams POI's usermodel treats apart: a chart embedded in the first sheet (a substream
     * within the sheet's, holding a number), then after the last sheet a Visual Basic module (holding a number) and an
     * empty chart sheet named {@code chartSheet} (with the WINDOW2 record POI requires of every sheet it keeps).
     */
    static byte[] withSubstreams(byte[] stream, String chartSheet) {
        List<Raw> records = records(stream);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lastBoundSheet = -1;
        for (int i = 0; i < records.size(); i++) {
            lastBoundSheet = records.get(i).sid() == BOUND_SHEET ? i : lastBoundSheet;
        }
        int depth = 0;
        int sheetsEnded = 0;
        for (int i = 0; i < records.size(); i++) {
            Raw raw = records.get(i);
            depth += raw.sid() == BOF ? 1 : 0;
            if (raw.sid() == EOF && depth == 1 && ++sheetsEnded == 2) {
                substream(out, 0x20, 99.0); // the first sheet's EOF: the globals ended first
            }
            depth -= raw.sid() == EOF ? 1 : 0;
            write(out, raw.sid(), raw.data());
            if (i == lastBoundSheet) {
                byte[] name = chartSheet.getBytes(StandardCharsets.UTF_16LE);
                ByteBuffer bound = ByteBuffer.allocate(8 + name.length).order(ByteOrder.LITTLE_ENDIAN);
                bound.putInt(0).put((byte) 0).put((byte) 2).put((byte) chartSheet.length()).put((byte) 1).put(name);
                write(out, BOUND_SHEET, bound.array());
            }
        }
        substream(out, 0x06, 98.0);
        substream(out, 0x20, null);
        return out.toByteArray();
    }

    /** The stream without its WINDOW2 records, the view of each sheet. */
    static byte[] withoutWindows(byte[] stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Raw raw : records(stream)) {
            if (raw.sid() != WINDOW2) {
                write(out, raw.sid(), raw.data());
            }
        }
        return out.toByteArray();
    }

    /** A substream of the given BOF type holding a number at A1, or only a WINDOW2 record. */
    private static void substream(ByteArrayOutputStream out, int type, Double value) {
        ByteBuffer bof = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        bof.putShort((short) 0x0600).putShort((short) type).putShort((short) 0x0DBB).putShort((short) 0x07CC)
                .putInt(0).putInt(0x06);
        write(out, BOF, bof.array());
        if (value != null) {
            ByteBuffer number = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN);
            number.putShort((short) 0).putShort((short) 0).putShort((short) 15).putDouble(value);
            write(out, NUMBER, number.array());
        } else {
            write(out, WINDOW2, new byte[18]);
        }
        write(out, EOF, new byte[0]);
    }

    private static List<Raw> records(byte[] stream) {
        List<Raw> records = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.remaining() >= 4) {
            int sid = buffer.getShort() & 0xFFFF;
            byte[] data = new byte[buffer.getShort() & 0xFFFF];
            buffer.get(data);
            records.add(new Raw(sid, data));
        }
        return records;
    }

    /** How many records from {@code from} on are of its kind, in its row and in consecutive columns. */
    private static int run(List<Raw> records, int from) {
        Raw first = records.get(from);
        if (first.sid() != NUMBER && first.sid() != BLANK) {
            return 1;
        }
        int n = 1;
        while (from + n < records.size()) {
            Raw next = records.get(from + n);
            if (next.sid() != first.sid() || next.row() != first.row() || next.column() != first.column() + n
                    || (first.sid() == NUMBER && (rk(next.number()) == null || rk(first.number()) == null))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static byte[] multiple(List<Raw> run, boolean numbers) {
        ByteBuffer data = ByteBuffer.allocate(6 + run.size() * (numbers ? 6 : 2)).order(ByteOrder.LITTLE_ENDIAN);
        data.putShort((short) run.get(0).row()).putShort((short) run.get(0).column());
        for (Raw raw : run) {
            data.putShort((short) raw.style());
            if (numbers) {
                data.putInt(rk(raw.number()));
            }
        }
        data.putShort((short) run.get(run.size() - 1).column());
        return data.array();
    }

    /** The RK form of a number that has one: an integer, or a hundredth of one, of 30 bits. */
    private static Integer rk(double value) {
        for (int hundredths = 0; hundredths <= 1; hundredths++) {
            double scaled = hundredths == 1 ? value * 100 : value;
            if (scaled == Math.rint(scaled) && Math.abs(scaled) < (1 << 29)
                    && (hundredths == 0 || (int) scaled / 100.0 == value)) {
                return ((int) scaled << 2) | 2 | hundredths;
            }
        }
        return null;
    }

    private static byte[] label(String text) {
        byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
        ByteBuffer data = ByteBuffer.allocate(9 + chars.length).order(ByteOrder.LITTLE_ENDIAN);
        data.putShort((short) 0).putShort((short) 7).putShort((short) 15).putShort((short) text.length())
                .put((byte) 1).put(chars);
        return data.array();
    }

    private static void write(ByteArrayOutputStream out, int sid, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) sid).putShort((short) data.length);
        out.writeBytes(header.array());
        out.writeBytes(data);
    }
}
