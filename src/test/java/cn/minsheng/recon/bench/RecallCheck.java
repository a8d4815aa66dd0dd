package cn.minsheng.recon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real {@code --input} run's findings against the corpus's answer file, county by county:
 * {@code java -cp … cn.minsheng.recon.bench.RecallCheck <corpus> <output>/<period>}.
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
        int planted = 0;
        int found = 0;
        List<String> differing = new ArrayList<>();
        for (Path county : counties) {
            String name = county.getFileName().toString();
            Set<String> expected = AnswerFile.planted(corpus, name);
            Set<String> actual = AnswerFile.found(output.resolve(name).resolve("findings.csv"));
            planted += expected.size();
            found += actual.size();
            if (!expected.equals(actual)) {
                differing.add(name);
            }
        }
        System.out.printf("%d counties: %d findings planted, %d found, %s%n", counties.size(), planted, found,
                differing.isEmpty() ? "exactly the planted ones in every county" : "differing in " + differing);
    }
}
