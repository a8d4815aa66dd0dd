/**
 * Names as people type them made comparable: text normalisation, numbers typed as text, units, and the directories
 * of a county's townships and departments.
 */
package cn.minsheng.recon.domain.matching;

