package cn.minsheng.recon.domain.official;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialTablesTests {

    @Test
    void theRowAboutTheIndicatorLeadsBeforeTheRowAboutItsProject() {
        OfficialTables tables = new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                .projectLead("总工会").lead("建设3个驿站", "人社局").build();

        assertThat(tables.responsibility(tables.breakdown().indicators().get(0)))
                .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("人社局"));
    }

    @Test
    void aProjectRowLeadsWhenNoItemRowNamesALeadUnit() {
        OfficialTables tables = new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                .lead("建设3个驿站", "").projectLead("总工会").build();

        assertThat(tables.responsibility(tables.breakdown().indicators().get(0)))
                .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("总工会"));
    }

    @Test
    void aRowWithoutALeadUnitStillSaysWhoLeadsTheWork() {
        OfficialTables tables = new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                .lead("建设3个驿站", " ").build();

        assertThat(tables.responsibility(tables.breakdown().indicators().get(0)))
                .hasValueSatisfying(row -> assertThat(row.leader()).isEqualTo("领导"));
    }

    @Test
    void anIndicatorNoRowCoversHasNoResponsibility() {
        OfficialTables tables = new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                .lead("改造老旧小区10个", "住建局").build();

        assertThat(tables.responsibility(tables.breakdown().indicators().get(0))).isEmpty();
    }

    /**
     * What a unit owes is every indicator it leads that is split here (SPEC §3.2), in table order: not one it is
     * only related to, not one another unit leads, not an upper-level one.
     */
    @Test
    void aUnitOwesTheIndicatorsItLeadsThatAreSplitHere() {
        OfficialTables tables = new TestTables()
                .indicator("1", "建设3个驿站", "个", "1", "1", "1").lead("建设3个驿站", "市人社局")
                .spanning("2", "新增校舍面积", "平方米", "省级统筹，省教育厅牵头").lead("新增校舍面积", "市人社局")
                .indicator("3", "培训乡村医生", "人", "2").row("", "项目", "培训乡村医生", "市卫健局", "市人社局")
                .spanning("4", "城镇新增就业600人", "人", "600").lead("城镇新增就业600人", " 市人社局 ")
                .build();

        assertThat(tables.owedBy("市人社局")).extracting(Indicator::no).containsExactly("1", "4");
        assertThat(tables.owedBy("市卫健局")).extracting(Indicator::no).containsExactly("3");
        assertThat(tables.owedBy("市妇联")).isEmpty();
    }

    /** 市财政局、市卫健局，相关镇政府（街道办）names two units; the townships are no department. */
    @Test
    void departmentsAreTheLeadAndTheRelatedUnits() {
        OfficialTables tables = new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                .row("", "项目", "建设3个驿站", " 市人社局 ", "市财政局、市卫健局、妇联，相关镇政府（街道办）")
                .row("", "项目", "建设3个驿站", "", "市人社局；市教体局; 各镇统筹推进 局")
                .row("", "项目", "建设3个驿站", "市残联", "")
                .build();

        assertThat(tables.departments()).containsExactly("市人社局", "市财政局", "市卫健局", "妇联", "市教体局", "市残联");
    }
}
