package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.CountyAliases;
import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.reconcile.Reconciler;

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
                new DepartmentDirectory(tables.departments(), aliases.departments()), units);
    }
}
