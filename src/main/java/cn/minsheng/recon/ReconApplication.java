package cn.minsheng.recon;

import cn.minsheng.recon.cli.CommandLineApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the minsheng-recon batch job. */
@SpringBootApplication
public class ReconApplication {

    public static void main(String[] args) {
        System.exit(CommandLineApplication.run(args, ReconApplication.class));
    }
}
