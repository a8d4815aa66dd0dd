/**
 * The Spring Batch job and nothing else: its configuration, steps, partitioner and listeners, each a thin adapter
 * over the domain, the readers, the staging and the report writers.
 */
package cn.minsheng.recon.batch;

