package org.rebuildtrust.homework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.shared.BaseEntity;

import java.util.ArrayList;
import java.util.List;

/** An ordered sequence of templates with spacing, assigned in one action (for example the five key steps). */
@Entity
@Table(name = "homework_program")
public class Program extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 1000)
    private String description;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProgramItem> items = new ArrayList<>();

    protected Program() {
        // for JPA
    }

    /** A new program of a practice's own. */
    Program(Practice practice) {
        this.practice = practice;
    }

    /**
     * Takes the title, description and steps a therapist wrote, the steps ordered by their day. Existing steps are
     * changed in place and surplus ones removed from the end, so positions stay unique at every moment of the save.
     */
    void write(String title, String description, List<ProgramStep> steps) {
        this.title = title.strip();
        this.description = description == null ? "" : description.strip();
        List<ProgramStep> ordered = steps.stream()
                .sorted(java.util.Comparator.comparingInt(ProgramStep::offsetDays)).toList();
        for (int position = 0; position < ordered.size(); position++) {
            ProgramStep step = ordered.get(position);
            if (position < items.size()) {
                items.get(position).change(step.templateFamilyId(), step.offsetDays());
            } else {
                items.add(new ProgramItem(this, position + 1, step.templateFamilyId(), step.offsetDays()));
            }
        }
        while (items.size() > ordered.size()) {
            items.remove(items.size() - 1);
        }
    }

    /** The built-in programs belong to no practice and are read-only. */
    public boolean isBuiltIn() {
        return practice == null;
    }

    public Practice getPractice() {
        return practice;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<ProgramItem> getItems() {
        return items;
    }
}
