/**
 * Progress against the plan (SPEC §7): the schedule (序时进度), how far a cumulative completion is behind it and
 * its traffic light, and the PRG_ findings — lagging, regression, over target, missing, invalid, supervision.
 */
package cn.minsheng.recon.domain.progress;
