package cn.minsheng.recon.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What a run left in {@code <output>/<period>/}, compared with another run's: the same files, every workbook equal
 * cell by cell (value, fill, comment) except the run time on 说明, every other file equal byte for byte. Used by the
 * restart tests and, as a program, by {@code scripts/kill-test.sh}: {@code PeriodOutputs <folder> <folder>} prints
 * the differences and exits 1 when there are any.
 */
public final class PeriodOutputs {

    /** A run time within a sentence ({@code 对账时间 2026-03-31 08:00:00}). */
    private static final Pattern RUN_TIMES = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

    private static final String RUN_TIME_LABEL = "运行时间";

    private PeriodOutputs() {
    }

    public static void main(String[] args) throws IOException {
        List<String> differences = differences(Path.of(args[0]), Path.of(args[1]));
        differences.forEach(System.out::println);
        System.out.println(differences.isEmpty() ? "outputs equal" : differences.size() + " difference(s)");
        System.exit(differences.isEmpty() ? 0 : 1);
    }

    /** Every difference between the two period folders, empty when they hold the same outputs. */
    public static List<String> differences(Path expected, Path actual) throws IOException {
        List<String> differences = new ArrayList<>();
        TreeSet<Path> files = new TreeSet<>(files(expected));
        if (!files.equals(new TreeSet<>(files(actual)))) {
            differences.add("files: " + files(expected) + " <> " + files(actual));
        }
        for (Path file : files) {
            Path a = expected.resolve(file);
            Path b = actual.resolve(file);
            if (!Files.exists(b)) {
                continue;
            }
            String name = file.getFileName().toString();
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                Map<String, String> left = cells(a);
                Map<String, String> right = cells(b);
                for (String cell : new TreeSet<>(union(left, right))) {
                    if (!Objects.equals(left.get(cell), right.get(cell))) {
                        differences.add(file + " " + cell + ": " + left.get(cell) + " <> " + right.get(cell));
                    }
                }
            } else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                differences.add(file + ": content differs");
            }
        }
        return differences;
    }

    /**
     * The files under the folder, relative; temporary and hidden files (a name starting with a dot) and the run
     * log, which tells how each run went, left out.
     */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("run.log"))
                    .map(folder::relativize).sorted().toList();
        }
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /**
     * {@code sheet!A1} → what the cell shows: type, value, fill and comment; the run time left out, both the cell
     * beside its label and a time within a sentence.
     */
    private static Map<String, String> cells(Path file) throws IOException {
        Map<String, String> cells = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                cells.put(sheet.getSheetName() + "!sheet", "#" + workbook.getSheetIndex(sheet));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Cell left = cell.getColumnIndex() == 0 ? null : row.getCell(cell.getColumnIndex() - 1);
                        boolean runTime = left != null && left.getCellType() == CellType.STRING
                                && left.getStringCellValue().equals(RUN_TIME_LABEL);
                        if (!runTime) {
                            cells.put(sheet.getSheetName() + "!" + cell.getAddress(), describe(cell));
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static String describe(Cell cell) {
        String value = switch (cell.getCellType()) {
            case STRING -> RUN_TIMES.matcher(cell.getStringCellValue()).replaceAll("<时间>");
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
        Comment comment = cell.getCellComment();
        return cell.getCellType() + ":" + value + " fill:" + cell.getCellStyle().getFillForegroundColor()
                + (comment == null ? "" : " comment:" + comment.getString().getString());
    }
}
