package cn.minsheng.recon.cli;

import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.staging.JdbcRunHistoryRepository;
import cn.minsheng.recon.staging.RunRecord;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --history}: the recorded runs, of one period or all, a line each, oldest first. */
final class HistoryPrinter {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final JdbcRunHistoryRepository history;

    HistoryPrinter(JdbcRunHistoryRepository history) {
        this.history = history;
    }

    /** Prints the runs; returns how many there were. */
    int print(Optional<Period> period) {
        List<RunRecord> runs = history.findAll(period);
        if (runs.isEmpty()) {
            CONSOLE.info(period.map(p -> "期间 " + p + " 还没有对账记录").orElse("还没有对账记录"));
            return 0;
        }
        CONSOLE.info("对账记录（{}共 {} 次）：", period.map(p -> "期间 " + p + "，").orElse(""), runs.size());
        CONSOLE.info("运行号\t期间\t运行时间\t报送文件\t错误\t警告\t提示\t新增\t已解决\t输出目录");
        for (RunRecord run : runs) {
            CONSOLE.info("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", run.executionId(), run.period(),
                    run.runTime().format(Console.TIME), run.files(), run.errors(), run.warnings(), run.infos(), run.added(),
                    run.resolved(), run.outputFolder());
        }
        return runs.size();
    }
}
