package org.nineones.model.content;

/**
 * One duty of a post's duty list. The law asks that each names who is responsible, its scope and how it is
 * assessed; {@code category} groups duties on paper (e.g. 组织领导, 教育培训, 隐患排查).
 *
 * @param category           the group heading the duty is printed under; may be empty
 * @param duty               what must be done (required)
 * @param responsible        who answers for it: the post itself or a named role (e.g. 本岗位, 车间主任)
 * @param scope              where or to what it applies
 * @param assessmentStandard how it is checked and scored (e.g. 未按月组织检查的，每次扣2分)
 * @param legalBasis         the article it rests on (e.g. 《安全生产法》第二十一条); may be empty
 * @param form               the form of responsibility
 */
public record DutyItem(String category, String duty, String responsible, String scope, String assessmentStandard,
                       String legalBasis, ResponsibilityForm form) {

    public DutyItem {
        category = Texts.clean(category);
        duty = Texts.clean(duty);
        responsible = Texts.clean(responsible);
        scope = Texts.clean(scope);
        assessmentStandard = Texts.clean(assessmentStandard);
        legalBasis = Texts.clean(legalBasis);
        form = form == null ? ResponsibilityForm.DIRECT : form;
    }

    /** Who answers for a duty when nothing else is said: the post itself. */
    public static final String THIS_POST = "本岗位";

    /** A duty given only as text: the post itself answers for it directly; the other fields are empty. */
    public static DutyItem of(String duty) {
        return new DutyItem("", duty, THIS_POST, "", "", "", ResponsibilityForm.DIRECT);
    }
}
