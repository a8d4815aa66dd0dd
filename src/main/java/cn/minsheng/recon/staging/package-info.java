/**
 * The database: what a run stages between its steps (so that a restart goes on where it stopped), its findings and
 * ledger, and the history of runs; plain JDBC over the schema that Flyway migrates.
 */
package cn.minsheng.recon.staging;

