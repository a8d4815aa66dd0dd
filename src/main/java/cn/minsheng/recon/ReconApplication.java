package cn.minsheng.recon;

import cn.minsheng.recon.batch.ReconLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the minsheng-recon batch job. */
@SpringBootApplication
public class ReconApplication {

    public static void main(String[] args) {
        System.exit(ReconLauncher.run(args, ReconApplication.class));
    }
}
