package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the cells under a header hold in one column, counted over the first rows of the table (merged cells
 * applied): township names, numbers, unit words, village names, other words. A column's role is read from these,
 * whatever its header says.
 *
 * @param filled    the non-blank cells looked at
 * @param townships cells naming a township of the county
 * @param numbers   numbers, stored as such or as text
 * @param units     short unit words (个, 户, 公里, 万人)
 * @param villages  names of villages and communities (…村, …社区, …居委会)
 * @param words     other short texts: names of indicators, people
 * @param sentences texts that read as sentences (punctuated or long): remarks, progress notes
 */
record ColumnContents(int filled, int townships, int numbers, int units, int villages, int words, int sentences) {

    /** The rows under a header looked at: enough to tell a column's role, few enough on a sheet of thousands. */
    static final int SAMPLE = 40;

    private static final UnitDirectory UNITS = UnitDirectory.defaults();

    /** A number as clerks type it, a rate included: {@code 96%}, {@code －１％} (normalised: {@code -1%}). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?\\s*[%‰]?");

    private static final Pattern SENTENCE = Pattern.compile(".*[，。；;！].*|.{26,}");

    private static final Pattern VILLAGE = Pattern.compile(".+(村|社区|居委会|村委会|居|组|屯|寨)");

    /** The contents of column {@code c} in the rows after header row {@code h}, up to a note under the table. */
    static ColumnContents of(SheetGrid grid, int h, int c, Predicate<String> isTownship) {
        int filled = 0;
        int townships = 0;
        int numbers = 0;
        int units = 0;
        int villages = 0;
        int words = 0;
        int sentences = 0;
        for (int r = h + 1; r < Math.min(grid.rowCount(), h + 1 + SAMPLE) && !SubmissionRows.isNote(grid, r); r++) {
            SheetCell cell = grid.value(r, c);
            if (cell.isBlank()) {
                continue;
            }
            filled++;
            String text = TextNormalizer.normalize(cell.text());
            if (cell.kind() == SheetCell.Kind.NUMBER || NumberText.parse(cell.text()).isPresent()
                    || NUMBER.matcher(text).matches()) {
                numbers++;
            } else if (isTownship.test(SubmissionWords.township(cell.text()))) {
                townships++;
            } else if (VILLAGE.matcher(text).matches()) {
                villages++;
            } else if (UNITS.isUnitWord(text)) {
                units++;
            } else if (SENTENCE.matcher(text).matches()) {
                sentences++;
            } else if (!NumberText.isPlaceholder(cell.text())) {
                words++;
            }
        }
        return new ColumnContents(filled, townships, numbers, units, villages, words, sentences);
    }

    /** Townships fill most of the column (a 合计 at its foot aside): it is the township column. */
    boolean ofTownships() {
        return townships >= 2 && mostly(townships);
    }

    boolean ofNumbers() {
        return numbers >= 1 && mostly(numbers);
    }

    boolean ofUnits() {
        return units >= 1 && mostly(units);
    }

    boolean ofVillages() {
        return villages >= 1 && mostly(villages);
    }

    boolean ofWords() {
        return words >= 1 && mostly(words);
    }

    /** Remarks: words and sentences, not one number. */
    boolean ofRemarks() {
        return numbers == 0 && words + sentences >= 1 && mostly(words + sentences);
    }

    private boolean mostly(int count) {
        return count * 2 > filled;
    }
}
