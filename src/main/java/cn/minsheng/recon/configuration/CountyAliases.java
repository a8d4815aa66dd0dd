package cn.minsheng.recon.configuration;

import java.util.Map;

/**
 * A county's own spellings, from its alias tables: township alias → township, department alias → department.
 */
public record CountyAliases(Map<String, String> townships, Map<String, String> departments) {

    public CountyAliases {
        townships = Map.copyOf(townships);
        departments = Map.copyOf(departments);
    }
}
