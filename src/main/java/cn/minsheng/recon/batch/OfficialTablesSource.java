package cn.minsheng.recon.batch;

import cn.minsheng.recon.layout.OfficialTablesException;
import cn.minsheng.recon.layout.OfficialTablesLoader;

/** Where a step gets the run's official tables from. */
@FunctionalInterface
interface OfficialTablesSource {

    OfficialTablesLoader.Loaded get() throws OfficialTablesException;
}
