package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stream read forward by byte offset: passed on, let go, taken. */
class OffsetInputTests {

    @Test
    void passesOnLetsGoAndTakesByOffset() throws IOException {
        OffsetInput in = new OffsetInput(new ByteArrayInputStream("<a><b/><c/></a>".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        in.passOn(3, out); // <a>
        in.letGo(7); // <b/>, written again by someone else
        out.write("<B/>".getBytes(StandardCharsets.UTF_8));
        out.write(in.take(11)); // <c/>
        in.passOn(15, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<a><B/><c/></a>");
        assertThatThrownBy(() -> in.passOn(3, out)).isInstanceOf(IOException.class); // read already
        assertThatThrownBy(() -> in.take(16)).isInstanceOf(IOException.class); // beyond the end
    }

    @Test
    void copiesMoreThanItsBufferAtOnce() throws IOException {
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        OffsetInput in = new OffsetInput(new ByteArrayInputStream(data));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        in.passOn(200_000, out);
        byte[] taken = in.take(200_100);
        in.passOn(300_000, out);

        assertThat(out.toByteArray()).isEqualTo(concat(Arrays.copyOfRange(data, 0, 200_000),
                Arrays.copyOfRange(data, 200_100, 300_000)));
        assertThat(taken).isEqualTo(Arrays.copyOfRange(data, 200_000, 200_100));
        assertThatThrownBy(() -> in.passOn(300_001, out)).isInstanceOf(IOException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
