package cn.minsheng.recon.cli;

import java.util.List;
import java.util.Optional;

/** The options of the command line, as the user is told them: in an error's message, and by {@code --help}. */
final class Usage {

    /** Every option, in the order the user reads them. */
    static final List<String> OPTIONS = List.of("--period", "--official", "--submissions", "--output", "--fail-on",
            "--force", "--schedule", "--watch", "--history", "--input");
    /** What asks for the usage, and for the version; neither starts the application. */
    static final List<String> HELP = List.of("--help", "-h", "-?");
    static final String VERSION = "--version";

    private static final String TEXT = """
            民生实事任务分解对账（minsheng-recon）

            用法：
              java -jar minsheng-recon.jar --period=YYYY-MM [选项]     对账一个月份，完成后退出
              java -jar minsheng-recon.jar --schedule [选项]           常驻，按 recon.schedule.cron 定时对账上个月
              java -jar minsheng-recon.jar --watch [--period=YYYY-MM]  常驻，报送目录有变化就重新对账
              java -jar minsheng-recon.jar --input=目录 --period=YYYY-MM  多县对账：目录下每个县一个文件夹
              java -jar minsheng-recon.jar --history [--period=YYYY-MM]  列出历次对账记录

            选项：
              --period=YYYY-MM        对账期间（月份），如 2026-03
              --official=路径         官方指标任务分解表和责任分解表（一个工作簿或一个文件夹），默认 input/official
              --submissions=目录      本期各单位报送文件所在目录，默认 input/submissions/<期间>
              --output=目录           输出目录，本期结果写入 <目录>/<期间>/，默认 output
              --fail-on=ERROR|WARNING 有该级别或更严重的问题时以退出码 3 结束（供脚本判断）
              --force                 输入没有变化也重新对账
              --schedule              常驻定时对账（见 config/application.yml 的 recon.schedule.cron）
              --watch                 常驻监视报送目录
              --history               列出对账记录后退出
              --input=目录            多县对账，每个县文件夹下有 official/ 和 submissions/<期间>/
              --help, -h              显示本说明
              --version               显示版本

            配置：config/application.yml（以 --recon.名称=值 也可临时指定）。
            退出码：0 完成（无论有无问题），1 对账失败，2 参数错误或官方表无法读取，3 问题达到 --fail-on 级别，
                    4 同一期间正由另一次运行对账。
            """;

    private Usage() {
    }

    /** {@code （可用：--period、--official、…）}: what an unknown option's message lists. */
    static String available() {
        return "（可用：" + String.join("、", OPTIONS) + "）";
    }

    /** The usage, every option explained in Chinese. */
    static String text() {
        return TEXT;
    }

    /** What the command line asks to be told instead of a run: the usage or the version; empty for a run. */
    static Optional<String> asked(String[] args) {
        for (String arg : args) {
            if (HELP.contains(arg)) {
                return Optional.of(TEXT);
            }
            if (arg.equals(VERSION)) {
                return Optional.of("minsheng-recon " + version());
            }
        }
        return Optional.empty();
    }

    /** The version the jar's manifest states; {@code 开发版} when run from the classes of a build. */
    private static String version() {
        return Optional.ofNullable(Usage.class.getPackage().getImplementationVersion()).orElse("开发版");
    }
}
