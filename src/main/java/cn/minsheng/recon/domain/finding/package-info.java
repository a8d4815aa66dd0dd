/**
 * What a reconciliation flags: the rule codes of SPEC §4 with their severities, a finding and its builder, the
 * severity an office configured, and what changed since the last run.
 */
package cn.minsheng.recon.domain.finding;

