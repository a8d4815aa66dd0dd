package cn.minsheng.recon.sample;

/**
 * One printed row of a responsibility table. A null field is a cell merged with the row above
 * (a null {@code projectNo} continues the project above); a null {@code item} on a project's first
 * row means the row is about the whole project.
 */
public record PlanResponsibility(Integer projectNo, String project, String item, String leader, String leadUnit,
                                 String relatedUnits) {

    public PlanResponsibility withProject(Integer projectNo, String project) {
        return new PlanResponsibility(projectNo, project, item, leader, leadUnit, relatedUnits);
    }

    public PlanResponsibility withItem(String item) {
        return new PlanResponsibility(projectNo, project, item, leader, leadUnit, relatedUnits);
    }

    public PlanResponsibility withLeader(String leader) {
        return new PlanResponsibility(projectNo, project, item, leader, leadUnit, relatedUnits);
    }

    public PlanResponsibility withLeadUnit(String leadUnit) {
        return new PlanResponsibility(projectNo, project, item, leader, leadUnit, relatedUnits);
    }

    public PlanResponsibility withRelatedUnits(String relatedUnits) {
        return new PlanResponsibility(projectNo, project, item, leader, leadUnit, relatedUnits);
    }

    /** True when this row starts a project (its 序号 cell is not merged with the row above). */
    public boolean startsProject() {
        return projectNo != null;
    }
}
