package cn.minsheng.recon;

import cn.minsheng.recon.configuration.DefaultDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the minsheng-recon batch job. */
@SpringBootApplication
public class ReconApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReconApplication.class);
        application.setDefaultProperties(DefaultDatabase.properties(args));
        System.exit(SpringApplication.exit(application.run(args)));
    }
}
