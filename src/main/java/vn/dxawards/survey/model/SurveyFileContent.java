package vn.dxawards.survey.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of a survey's PDF, kept apart so that listing files never reads them. */
@Entity
public class SurveyFileContent extends PanacheEntityBase {

    @Id
    public Long fileId;

    @Column(nullable = false)
    public byte[] content;
}
