/**
 * Settings: the {@code recon.*} properties bound in one record and mapped into plain domain and reader settings,
 * the alias tables, and where the state of a run lives (the output folder and its database).
 */
package cn.minsheng.recon.configuration;

