/**
 * One reconciliation as the office sees it: the period lock, the fingerprint of the inputs, launching, restarting
 * and recovering the job, and the ways runs are started — once, every county of a folder, on a schedule, on a
 * watched folder.
 */
package cn.minsheng.recon.run;

