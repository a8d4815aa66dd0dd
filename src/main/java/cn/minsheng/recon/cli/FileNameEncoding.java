package cn.minsheng.recon.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Whether this JVM can name files in Chinese. Java decodes file names in the charset of the locale it started under
 * ({@code sun.jnu.encoding}); under cron's {@code LANG=C} or {@code env -i} that is ASCII, a Chinese file name
 * cannot be opened, and a good workbook would be reported as broken. Better to stop at once and say which setting
 * to change. (On Windows Java reads file names through the wide-character API, and its code page can encode
 * Chinese.)
 */
final class FileNameEncoding {

    private FileNameEncoding() {
    }

    /** The line to print when file names in {@code encoding} cannot hold Chinese; empty when they can. */
    static Optional<String> problem(String encoding) {
        return writesChinese(encoding) ? Optional.empty() : Optional.of("当前区域设置下的文件名编码为 " + encoding
                + "，无法读取中文文件名：请设置环境变量 LC_ALL=C.UTF-8（或 zh_CN.UTF-8）后重新运行");
    }

    /** Whether text in {@code encoding} can hold Chinese; false for a charset Java does not know. */
    static boolean writesChinese(String encoding) {
        try {
            Charset charset = Charset.forName(encoding);
            return charset.canEncode() && charset.newEncoder().canEncode("民生实事");
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    /** {@link #problem(String)} for the JVM's own file-name encoding. */
    static Optional<String> problem() {
        return problem(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }
}
