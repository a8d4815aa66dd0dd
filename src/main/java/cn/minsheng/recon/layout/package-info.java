/**
 * Grids to the domain: the official tables and the department submissions recognised by their content (the roles
 * of rows and columns), never by file or sheet name, and never seeing a spreadsheet library.
 *
 * <p>How a table is recognised. A hidden sheet is never read (the ledger lists it as 已忽略（隐藏工作表）); every
 * visible sheet is tried. A submission sheet is <em>wide</em> when a header row names two townships or more,
 * <em>long</em> when a row of labels stands over a column of township names, a column of numbers and a column of
 * words (the indicator), and <em>transposed</em> when a column names the townships and the columns right of it hold
 * numbers under indicator labels; the higher header wins where two are found. A column's role comes from what its
 * cells hold ({@link cn.minsheng.recon.layout.ColumnContents}, {@link cn.minsheng.recon.layout.ResponsibilityColumns}):
 * township names (any place suffix — 乡, 镇, 街道, 办事处, 管理区, 开发区, 农场… — or the county's aliases), village
 * names, short unit words, numbers, unit names (局, 委, 办, 中心…), persons' names, sentences. A header that names no
 * place is never a township: where its numbers add up the townships' it is a total
 * ({@link cn.minsheng.recon.layout.RowSums}), where its cells are units or names it is a responsibility column, and
 * a column of sentences holds remarks. A unit in a header's parentheses ({@code 城镇新增就业（万人）}) applies to its
 * column. Header words the job knows (乡镇, 指标, 牵头单位, 目标任务数 …) are read first and break ties between two
 * columns that qualify for one role; when two columns of numbers both could be the value, the sheet records the
 * choice and the reconciler reports it (LAYOUT_AMBIGUOUS_COLUMN) rather than hiding it.
 */
package cn.minsheng.recon.layout;
