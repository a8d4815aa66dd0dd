package cn.minsheng.recon.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a unit is told about answering the office: the date its corrections are due back
 * ({@code recon.feedback.due-days} after the run) and whom to ask ({@code recon.office.*}). Shown on 首页, in each
 * 问题说明 and each 报送提醒.
 *
 * @param due     the date corrections are due back
 * @param office  the office's name, as units know it
 * @param contact how to reach it (a person and a telephone), empty when the office did not configure one
 */
public record ReplyTerms(LocalDate due, String office, String contact) {

    public ReplyTerms {
        office = office == null ? "" : office.strip();
        contact = contact == null ? "" : contact.strip();
    }

    /** The terms of a run started at {@code runTime}: due {@code dueDays} days later. */
    public static ReplyTerms after(LocalDateTime runTime, int dueDays, String office, String contact) {
        return new ReplyTerms(runTime.toLocalDate().plusDays(Math.max(0, dueDays)), office, contact);
    }

    /** The due date as offices write it: {@code 2026年4月7日}. */
    public String dueText() {
        return due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日";
    }

    /** The office and its contact in one phrase: {@code 民生实事工作专班办公室（联系人：…）}. */
    public String officeText() {
        return contact.isEmpty() ? office : office + "（" + contact + "）";
    }
}
