package org.rebuildtrust.homework;

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

    @OneToMany(mappedBy = "program")
    @OrderBy("position")
    private List<ProgramItem> items = new ArrayList<>();

    protected Program() {
        // for JPA
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
