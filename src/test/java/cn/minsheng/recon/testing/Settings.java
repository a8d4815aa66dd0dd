package cn.minsheng.recon.testing;

import cn.minsheng.recon.configuration.ReconProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link ReconProperties} as Spring binds them: the defaults, with the given {@code recon.…=value} settings. */
public final class Settings {

    private Settings() {
    }

    /** @param properties {@code name=value}, names under {@code recon.} (the prefix may be left out) */
    public static ReconProperties of(String... properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String property : properties) {
            int eq = property.indexOf('=');
            String name = property.substring(0, eq);
            map.put(name.startsWith("recon.") ? name : "recon." + name, property.substring(eq + 1));
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("recon", ReconProperties.class);
    }
}
