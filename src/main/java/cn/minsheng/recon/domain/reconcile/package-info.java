/**
 * Reconciling a period's submissions with the official tables (SUB_ and FILE_ rules): who sent what, which values
 * stand, how they compare, who sent nothing, the ledger and the feedback each unit gets.
 */
package cn.minsheng.recon.domain.reconcile;

