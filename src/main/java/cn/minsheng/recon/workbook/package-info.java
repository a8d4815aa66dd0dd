/**
 * Bytes to grids: .xlsx (one streaming StAX pass) and .xls (BIFF records) decoded into {@link
 * cn.minsheng.recon.workbook.SheetGrid}s behind one facade, {@link cn.minsheng.recon.workbook.WorkbookReader}, within
 * {@link cn.minsheng.recon.workbook.ReadLimits}.
 */
package cn.minsheng.recon.workbook;

