package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.CountyAliases;
import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.reconcile.Reconciler;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The county's directories, built from its official tables and its alias tables: township names and the
 * departments that lead or share its indicators; and the reconciler over them.
 */
class ReconcilerFactory {

    private final UnitDirectory units;
    private final CountyAliases aliases;

    ReconcilerFactory(UnitDirectory units, CountyAliases aliases) {
        this.units = units;
        this.aliases = aliases;
    }

    TownshipDirectory townships(OfficialTables tables) {
        return new TownshipDirectory(tables.breakdown().townships(), aliases.townships());
    }

    Reconciler create(OfficialTables tables) {
        return new Reconciler(tables, townships(tables),
                new DepartmentDirectory(units(tables), aliases.departments()), units);
    }

    /** Lead units, and the related units named in the responsibility table (市财政局、市卫健局，相关镇政府). */
    private static Set<String> units(OfficialTables tables) {
        Set<String> units = new LinkedHashSet<>();
        for (ResponsibilityRow row : tables.responsibilities()) {
            if (!row.leadUnit().isBlank()) {
                units.add(row.leadUnit().strip());
            }
            Arrays.stream(row.relatedUnits().split("[，,、；;\\s]+"))
                    .map(String::strip)
                    .filter(unit -> unit.length() >= 2 && !unit.contains("相关") && !unit.contains("统筹"))
                    .forEach(units::add);
        }
        return units;
    }
}
