/**
 * The official tables: the breakdown and responsibility tables, the headline targets and directives in their
 * cells, and the checks of the tables against themselves and each other (OFF_ rules).
 */
package cn.minsheng.recon.domain.official;

