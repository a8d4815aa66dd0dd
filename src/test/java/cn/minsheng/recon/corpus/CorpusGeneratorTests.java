package cn.minsheng.recon.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.batch.ReconcileJobParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark corpus: the same seed writes the same corpus, and the job finds exactly what the answer file lists. */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class CorpusGeneratorTests {

    private static final CorpusGenerator.Size TINY = new CorpusGenerator.Size(2, 8, 3, 7);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:corpus-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameCorpus() throws IOException {
        // when
        CorpusGenerator.Corpus first = CorpusGenerator.write(temp.resolve("first"), TINY);
        CorpusGenerator.Corpus second = CorpusGenerator.write(temp.resolve("second"), TINY);
        CorpusGenerator.Corpus other = CorpusGenerator.write(temp.resolve("other"),
                new CorpusGenerator.Size(1, 8, 3, 8));

        // then
        assertThat(second.counties()).isEqualTo(first.counties());
        assertThat(second.cells()).isEqualTo(first.cells());
        assertThat(Files.readString(second.folder().resolve(CorpusGenerator.ANSWER_FILE)))
                .isEqualTo(Files.readString(first.folder().resolve(CorpusGenerator.ANSWER_FILE)));
        assertThat(contents(second.folder())).isEqualTo(contents(first.folder()));
        assertThat(contents(other.folder())).isNotEqualTo(contents(first.folder()));
    }

    @Test
    void theJobFindsExactlyWhatTheAnswerFileLists() throws Exception {
        // given
        CorpusGenerator.Corpus corpus = CorpusGenerator.write(temp.resolve("corpus"), TINY);
        List<CSVRecord> answers = AnswerFile.records(corpus.folder().resolve(CorpusGenerator.ANSWER_FILE));
        assertThat(answers).extracting(r -> r.get("rule")).contains("SUB_MISSING_SUBMISSION", "FILE_UNREADABLE");

        for (String county : corpus.counties()) {
            // when
            Path output = temp.resolve("output").resolve(county);
            JobExecution execution = jobOperatorTestUtils.startJob(ReconcileJobParameters.forCounty(
                    corpus.folder().resolve(county), CountyFolder.PERIOD, output, 1L));

            // then
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Set<String> found = AnswerFile.found(output.resolve(CountyFolder.PERIOD).resolve("findings.csv"));
            Set<String> planted = AnswerFile.planted(corpus.folder(), county);
            assertThat(found).as(county).isEqualTo(planted);
        }
    }

    /** Every file's name and every cell's shown text, in order: what a corpus says, without zip timestamps. */
    private static List<String> contents(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.add(folder.relativize(file).toString());
                if (file.getFileName().toString().startsWith("民生实事报送表") || file.toString().endsWith(".csv")) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
                    for (Sheet sheet : workbook) {
                        for (Row row : sheet) {
                            row.forEach(cell -> lines.add(cell.getAddress() + "=" + formatter.formatCellValue(cell)));
                        }
                    }
                }
            }
        }
        return lines;
    }
}
