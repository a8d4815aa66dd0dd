package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes a parser has read, passed on or let go by their offset in the stream. */
class RecordedInputTests {

    @Test
    void passesOnWhatWasReadUpToAnOffsetAndLetsGoWhatIsWrittenAgain() throws IOException {
        RecordedInput in = new RecordedInput(new ByteArrayInputStream("<a><b/><c/></a>".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(in.readAllBytes()).hasSize(15);
        in.passOn(3, out); // <a>
        assertThat(in.at(3)).isEqualTo((byte) '<');
        in.letGo(7); // <b/> is written again by someone else
        out.write("<B/>".getBytes(StandardCharsets.UTF_8));
        in.passOn(3, out); // behind what is gone: nothing
        in.passOn(15, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<a><B/><c/></a>");
    }

    @Test
    void keepsAsMuchAsIsReadAheadAndNoMore() throws IOException {
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        RecordedInput in = new RecordedInput(new ByteArrayInputStream(data));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[5000];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            in.passOn(read - 100, out); // the parser stands a little behind what it has read
        }
        in.passOn(read, out);
        long end = read;

        assertThat(out.toByteArray()).isEqualTo(data);
        assertThatThrownBy(() -> in.at(end)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> in.passOn(end + 1, out)).isInstanceOf(IOException.class);
    }
}
