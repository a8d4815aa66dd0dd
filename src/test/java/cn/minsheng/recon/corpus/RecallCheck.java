package cn.minsheng.recon.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real {@code --input} run's findings against the corpus's answer file, county by county:
 * {@code java -cp … cn.minsheng.recon.corpus.RecallCheck <corpus> <output>/<period>}.
 */
public final class RecallCheck {

    private RecallCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> counties;
        try (Stream<Path> listing = Files.list(corpus)) {
            counties = listing.filter(Files::isDirectory).sorted().toList();
        }
        System.out.printf("%d counties: %s%n", counties.size(),
                AnswerFile.recall(corpus, counties, name -> output.resolve(name).resolve("findings.csv")));
    }
}
