/**
 * What a department file says, read but not yet matched: its sheets and their values with the labels that place
 * them.
 */
package cn.minsheng.recon.domain.submission;

