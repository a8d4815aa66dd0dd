package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.reconcile.Reconciler;
import cn.minsheng.recon.layout.OfficialTablesException;

/** Where the reconcile step gets the run's reconciler from. */
@FunctionalInterface
interface ReconcilerSource {

    Reconciler create() throws OfficialTablesException;
}
