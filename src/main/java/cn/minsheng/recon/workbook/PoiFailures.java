package cn.minsheng.recon.workbook;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/**
 * What a failure of POI on a workbook means to the user, the same whichever of POI's APIs read it: its usermodel
 * (the tests' reference reader) or its record stream ({@link XlsSheetReader}).
 */
final class PoiFailures {

    private PoiFailures() {
    }

    static UnreadableWorkbookException explained(Exception e) {
        if (e instanceof UnreadableWorkbookException reason) {
            return reason;
        }
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableWorkbookException("文件已加密（设置了打开密码）", e);
        }
        if (e instanceof OldExcelFormatException) {
            return new UnreadableWorkbookException("Excel 95 或更早的格式，无法读取，请另存为 .xlsx", e);
        }
        return new UnreadableWorkbookException("不是可读取的 Excel 文件（" + e.getClass().getSimpleName() + "）", e);
    }
}
