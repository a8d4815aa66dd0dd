package cn.minsheng.recon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the minsheng-recon batch job. */
@SpringBootApplication
public class ReconApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(ReconApplication.class, args)));
    }
}
