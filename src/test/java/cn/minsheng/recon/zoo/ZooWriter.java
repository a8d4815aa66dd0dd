package cn.minsheng.recon.zoo;

import java.nio.file.Path;

/** Writes the layout zoo (draft). */
public final class ZooWriter {

    private ZooWriter() {
    }

    public static void writeAll(Path dir) {
        LichuanCounty.write(dir);
        TaoxiCounty.write(dir);
    }

    public static void main(String[] args) {
        writeAll(Path.of(args[0]));
    }
}
