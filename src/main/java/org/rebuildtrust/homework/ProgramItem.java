package org.rebuildtrust.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;

/** One template of a program (by family, so the current revision is given), due some days after the first. */
@Entity
@Table(name = "homework_program_item")
public class ProgramItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private Program program;

    @Column(nullable = false)
    private int position;

    @Column(name = "template_family_id", nullable = false)
    private Long templateFamilyId;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    protected ProgramItem() {
        // for JPA
    }

    ProgramItem(Program program, int position, long templateFamilyId, int offsetDays) {
        this.program = program;
        this.position = position;
        this.templateFamilyId = templateFamilyId;
        this.offsetDays = offsetDays;
    }

    void change(long templateFamilyId, int offsetDays) {
        this.templateFamilyId = templateFamilyId;
        this.offsetDays = offsetDays;
    }

    public int getPosition() {
        return position;
    }

    public Long getTemplateFamilyId() {
        return templateFamilyId;
    }

    public int getOffsetDays() {
        return offsetDays;
    }
}
