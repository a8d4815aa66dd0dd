/**
 * The progress zoo of issue 17: an invented county (枫川县) whose eight units report their townships' cumulative
 * completion (累计完成) for May and June 2026 in every layout SPEC §7 names, written blind from the specification,
 * with an answer key and the findings the SPEC's progress rules must raise, computed from the figures written.
 */
package cn.minsheng.recon.progress;
