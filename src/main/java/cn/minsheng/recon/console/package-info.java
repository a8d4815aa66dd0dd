/**
 * What the operator reads: the console logger of plain Chinese lines, the county each line names in a run of
 * several, and the copy of a run's lines kept in its run.log.
 */
package cn.minsheng.recon.console;

