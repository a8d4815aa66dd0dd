/**
 * The XML safety shared by the readers of untrusted packages and the writers that copy them: a StAX parser without
 * DTDs or external entities that refuses any DOCTYPE.
 */
package cn.minsheng.recon.xml;

