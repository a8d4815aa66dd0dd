package cn.minsheng.recon.testing;

import cn.minsheng.recon.batch.SubmissionReader;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * An extra source for {@link CommandLineApplication} in tests (deliberately not a scanned component): holds a run in the
 * middle of ingest. The first submission read creates {@code reached} in the folder named by
 * {@code --recon.test-gate} and waits until the test creates {@code open} there.
 */
public class GatedIngest {

    @Bean
    @Primary
    SubmissionReader gatedSubmissionReader(WorkbookReader reader, Environment environment) {
        Path gate = Path.of(environment.getRequiredProperty("recon.test-gate"));
        AtomicBoolean held = new AtomicBoolean();
        return file -> {
            if (held.compareAndSet(false, true)) {
                try (WatchService opening = gate.getFileSystem().newWatchService()) {
                    gate.register(opening, StandardWatchEventKinds.ENTRY_CREATE);
                    Files.createFile(gate.resolve("reached"));
                    // told, not polled: the test creates "open" when the run may go on
                    while (!Files.exists(gate.resolve("open"))) {
                        opening.take().reset();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted at the gate", e);
                }
            }
            return reader.read(file);
        };
    }
}
