/**
 * The command line: its options parsed into one sealed {@link cn.minsheng.recon.cli.Command}, the usage text, the
 * exit statuses of SPEC §6, and the runner that carries a command out; nothing else depends on it.
 */
package cn.minsheng.recon.cli;

