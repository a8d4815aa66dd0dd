/**
 * Grids to the domain: the official tables and the department submissions recognised by their content (the roles
 * of rows and columns), never by file or sheet name, and never seeing a spreadsheet library.
 */
package cn.minsheng.recon.layout;

