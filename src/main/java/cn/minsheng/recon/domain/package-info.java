/**
 * The business of reconciling, in plain Java: no framework, no library, no other layer; its packages free of
 * cycles (ArchitectureTests).
 */
package cn.minsheng.recon.domain;

