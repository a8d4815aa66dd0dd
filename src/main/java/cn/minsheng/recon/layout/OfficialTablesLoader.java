package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.workbook.InputFile;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import cn.minsheng.recon.workbook.WorkbookFiles;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the official tables from a workbook or a folder of workbooks. */
public final class OfficialTablesLoader {

    private final WorkbookReader reader;
    private final OfficialTablesParser parser;

    public OfficialTablesLoader(WorkbookReader reader, OfficialTablesParser parser) {
        this.reader = reader;
        this.parser = parser;
    }

    /** The tables and the files they came from. */
    public record Loaded(OfficialTables tables, List<InputFile> files) {
    }

    public Loaded load(Path path) throws OfficialTablesException {
        List<Path> candidates = candidates(path);
        if (candidates.isEmpty()) {
            throw new OfficialTablesException("官方表目录 " + path + " 中没有 .xlsx 或 .xls 文件");
        }
        List<SheetGrid> grids = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (Path file : candidates) {
            try {
                grids.addAll(reader.read(file));
                files.add(InputFile.of(file));
            } catch (UnreadableWorkbookException | IOException e) {
                throw new OfficialTablesException("官方表 " + file.getFileName() + " 无法读取：" + e.getMessage(), e);
            }
        }
        return new Loaded(parser.parse(grids), files);
    }

    private static List<Path> candidates(Path path) throws OfficialTablesException {
        if (!Files.exists(path)) {
            throw new OfficialTablesException("官方表路径不存在：" + path);
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try {
            return WorkbookFiles.list(path).stream()
                    .filter(file -> !WorkbookFiles.ignored(file) && WorkbookFiles.isWorkbook(file))
                    .toList();
        } catch (IOException e) {
            throw new OfficialTablesException("官方表目录 " + path + " 无法读取：" + e.getMessage(), e);
        }
    }
}
