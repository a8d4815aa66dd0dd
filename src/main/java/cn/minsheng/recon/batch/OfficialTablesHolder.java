package cn.minsheng.recon.batch;

import cn.minsheng.recon.sheet.OfficialTablesException;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import java.nio.file.Path;

/** The official tables of one job execution, read once and shared by its steps. */
class OfficialTablesHolder {

    private final OfficialTablesLoader loader;
    private final Path path;
    private OfficialTablesLoader.Loaded loaded;

    OfficialTablesHolder(OfficialTablesLoader loader, Path path) {
        this.loader = loader;
        this.path = path;
    }

    synchronized OfficialTablesLoader.Loaded get() throws OfficialTablesException {
        if (loaded == null) {
            loaded = loader.load(path);
        }
        return loaded;
    }
}
