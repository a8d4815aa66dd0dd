/**
 * Writing what a run found: findings.csv, the leaders' workbook, each unit's feedback file and the summary of
 * several counties, each written atomically.
 */
package cn.minsheng.recon.report;

